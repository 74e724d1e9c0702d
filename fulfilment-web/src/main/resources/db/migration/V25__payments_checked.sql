-- Renewal Post schema, version 25: payments by post checked (issue 17, item 6).
-- A product's prices in other currencies than its own (no exchange rates: an admin sets each one);
-- the cheques and money orders that arrived with a post order, the check of their total against the
-- price, and what a customer paid over the price, kept as credit on the renewed line. The line is
-- keyed by its ICCID or US phone number as the order holds it (customer_order.line_iccid/line_phone).
-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL 15.
CREATE TABLE product_price (
    product_id  BIGINT        NOT NULL,
    currency    CHAR(3)       NOT NULL,
    amount      NUMERIC(12,2) NOT NULL,
    CONSTRAINT product_price_pk PRIMARY KEY (product_id, currency),
    CONSTRAINT product_price_product_fk FOREIGN KEY (product_id) REFERENCES product (id),
    CONSTRAINT product_price_amount_check CHECK (amount > 0)
);

CREATE SEQUENCE payment_item_seq START WITH 1000 INCREMENT BY 50;

-- One cheque or money order as it arrived with a post order; the deposit slip lists them by day.
CREATE TABLE payment_item (
    id           BIGINT        PRIMARY KEY,
    order_id     BIGINT        NOT NULL,
    position     INTEGER       NOT NULL,
    kind         VARCHAR(20)   NOT NULL,
    item_number  VARCHAR(40)   NOT NULL,
    amount       NUMERIC(12,2) NOT NULL,
    currency     CHAR(3)       NOT NULL,
    received_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT payment_item_order_fk FOREIGN KEY (order_id) REFERENCES customer_order (id),
    CONSTRAINT payment_item_position_unique UNIQUE (order_id, position),
    CONSTRAINT payment_item_kind_check CHECK (kind IN ('CHEQUE', 'MONEY_ORDER')),
    CONSTRAINT payment_item_amount_check CHECK (amount > 0)
);
CREATE INDEX payment_item_received ON payment_item (received_at);

-- The check of what arrived against the product's price in that currency: at most one per order.
CREATE TABLE payment_check (
    order_id         BIGINT        PRIMARY KEY,
    currency         CHAR(3)       NOT NULL,
    price_amount     NUMERIC(12,2) NOT NULL,
    received_amount  NUMERIC(12,2) NOT NULL,
    outcome          VARCHAR(10)   NOT NULL,
    checked_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT payment_check_order_fk FOREIGN KEY (order_id) REFERENCES customer_order (id),
    CONSTRAINT payment_check_outcome_check CHECK (outcome IN ('EXACT', 'SHORT', 'OVER'))
);

CREATE SEQUENCE line_credit_seq START WITH 1000 INCREMENT BY 50;

-- Credit on a renewed line: what a customer paid over the price (positive).
CREATE TABLE line_credit (
    id           BIGINT        PRIMARY KEY,
    line_iccid   VARCHAR(22),
    line_phone   VARCHAR(20),
    amount       NUMERIC(12,2) NOT NULL,
    currency     CHAR(3)       NOT NULL,
    order_id     BIGINT        NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT line_credit_order_fk FOREIGN KEY (order_id) REFERENCES customer_order (id),
    CONSTRAINT line_credit_line_check CHECK ((line_iccid IS NULL) <> (line_phone IS NULL)),
    CONSTRAINT line_credit_amount_check CHECK (amount > 0)
);
CREATE INDEX line_credit_iccid ON line_credit (line_iccid);
CREATE INDEX line_credit_phone ON line_credit (line_phone);

-- The balance-due email goes through the outbox like the replacement-sent one: numbered, no code.
ALTER TABLE email_outbox DROP CONSTRAINT email_outbox_reason_check;
ALTER TABLE email_outbox DROP CONSTRAINT email_outbox_number_check;
ALTER TABLE email_outbox ADD CONSTRAINT email_outbox_reason_check
    CHECK (reason IN ('DELAYED', 'AT_RISK', 'SUPPORT', 'REPLACEMENT', 'BALANCE_DUE'));
ALTER TABLE email_outbox ADD CONSTRAINT email_outbox_number_check CHECK (
    (reason IN ('SUPPORT', 'REPLACEMENT', 'BALANCE_DUE') AND send_number > 0 AND automatic_for_order IS NULL)
    OR (reason NOT IN ('SUPPORT', 'REPLACEMENT', 'BALANCE_DUE') AND send_number = 0 AND automatic_for_order IS NOT NULL
        AND automatic_for_order = order_id));
