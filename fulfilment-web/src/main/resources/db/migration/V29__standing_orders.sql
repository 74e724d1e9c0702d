-- Renewal Post schema, version 29: standing orders (renewal without asking) and the line's timeline.
-- A standing order renews one line each plan period by itself: prepaid for a number of periods (the payment
-- recorded with it) or until cancelled (the payment arrangement on file). open_line_key repeats line_key while the
-- standing order is ACTIVE or PAUSED and is null once it has ended: its unique key allows one open standing order
-- per line, and any number of ended ones (portable: both H2 and PostgreSQL let a unique column hold many nulls).
CREATE SEQUENCE standing_order_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE standing_order (
    id                 BIGINT PRIMARY KEY,
    line_key           VARCHAR(20)   NOT NULL,
    open_line_key      VARCHAR(20),
    status             VARCHAR(12)   NOT NULL,
    periods_prepaid    INTEGER,
    periods_ordered    INTEGER       NOT NULL,
    payment_method     VARCHAR(20)   NOT NULL,
    payment_reference  VARCHAR(100),
    payment_amount     DECIMAL(12,2) NOT NULL,
    payment_currency   CHAR(3)       NOT NULL,
    skip_expiry        DATE,
    last_ordered_expiry DATE,
    set_up_by          VARCHAR(100)  NOT NULL,
    set_up_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    version            BIGINT        NOT NULL,
    CONSTRAINT standing_order_open_unique UNIQUE (open_line_key),
    CONSTRAINT standing_order_status_check CHECK (status IN ('ACTIVE', 'PAUSED', 'CANCELLED', 'ENDED')),
    CONSTRAINT standing_order_open_check CHECK ((status IN ('ACTIVE', 'PAUSED')) = (open_line_key IS NOT NULL)),
    CONSTRAINT standing_order_periods_check CHECK (periods_ordered >= 0
        AND (periods_prepaid IS NULL OR (periods_prepaid > 0 AND periods_ordered <= periods_prepaid)))
);
CREATE INDEX standing_order_line_idx ON standing_order (line_key);
CREATE INDEX standing_order_status_idx ON standing_order (status);

-- The line's timeline: who did what to its standing order, and why (and what the daily job ordered).
CREATE SEQUENCE line_event_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE line_event (
    id         BIGINT PRIMARY KEY,
    line_key   VARCHAR(20)   NOT NULL,
    at         TIMESTAMP WITH TIME ZONE NOT NULL,
    actor      VARCHAR(100)  NOT NULL,
    kind       VARCHAR(20)   NOT NULL,
    reason     VARCHAR(500),
    order_number VARCHAR(20)
);
CREATE INDEX line_event_line_idx ON line_event (line_key, at);

-- The "next card on its way" email of an order a standing order made goes through the outbox: numbered like
-- support's emails (it never takes an order's one automatic code email), and it carries no code.
ALTER TABLE email_outbox DROP CONSTRAINT email_outbox_reason_check;
ALTER TABLE email_outbox DROP CONSTRAINT email_outbox_number_check;
ALTER TABLE email_outbox ADD CONSTRAINT email_outbox_reason_check
    CHECK (reason IN ('DELAYED', 'AT_RISK', 'SUPPORT', 'REPLACEMENT', 'BALANCE_DUE', 'CONFIRMATION', 'REMINDER', 'STANDING_ORDER'));
ALTER TABLE email_outbox ADD CONSTRAINT email_outbox_number_check CHECK (
    (reason IN ('SUPPORT', 'REPLACEMENT', 'BALANCE_DUE', 'CONFIRMATION', 'REMINDER', 'STANDING_ORDER') AND send_number > 0 AND automatic_for_order IS NULL)
    OR (reason NOT IN ('SUPPORT', 'REPLACEMENT', 'BALANCE_DUE', 'CONFIRMATION', 'REMINDER', 'STANDING_ORDER') AND send_number = 0
        AND automatic_for_order IS NOT NULL AND automatic_for_order = order_id));
