-- Renewal Post schema, version 24: renewal lines. One row per renewed line (the order's ICCID, else its US phone
-- number), following the latest order that renewed it and was not cancelled: the customer as that order knows
-- them, its channel, destination and postal service (which time the latest day to order), and the date the plan
-- next expires (the expiry the customer gave plus the plan period of that order's card; null when no expiry was
-- given). The orders that renewed a line are found by its key, which customer_order already carries.
-- The backfill below makes the rows for the orders taken before this version; renewal.Lines keeps them up to date.
-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL 15 (nextval(), date + integer).
CREATE SEQUENCE renewal_line_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE renewal_line (
    id                   BIGINT PRIMARY KEY,
    line_key             VARCHAR(20)  NOT NULL,
    line_kind            VARCHAR(10)  NOT NULL,
    latest_order_id      BIGINT       NOT NULL,
    customer_name        VARCHAR(200) NOT NULL,
    customer_name_latin  VARCHAR(200) NOT NULL,
    customer_email       VARCHAR(254) NOT NULL,
    customer_language    VARCHAR(35)  NOT NULL,
    channel              VARCHAR(20)  NOT NULL,
    destination          CHAR(2)      NOT NULL,
    postal_service       VARCHAR(30)  NOT NULL,
    next_expires_on      DATE,
    updated_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    version              BIGINT       NOT NULL,
    CONSTRAINT renewal_line_key_unique UNIQUE (line_key),
    CONSTRAINT renewal_line_kind_check CHECK (line_kind IN ('ICCID', 'PHONE')),
    CONSTRAINT renewal_line_latest_order_fk FOREIGN KEY (latest_order_id) REFERENCES customer_order (id)
);
CREATE INDEX renewal_line_expiry_idx ON renewal_line (next_expires_on);
CREATE INDEX renewal_line_latest_order_idx ON renewal_line (latest_order_id);
-- the orders of a phone line are looked up by number (ICCIDs have order_iccid_idx since V1)
CREATE INDEX order_line_phone_idx ON customer_order (line_phone);

INSERT INTO renewal_line (id, line_key, line_kind, latest_order_id, customer_name, customer_name_latin,
                          customer_email, customer_language, channel, destination, postal_service, next_expires_on,
                          updated_at, version)
SELECT nextval('renewal_line_seq'), latest.line_key, latest.line_kind, o.id, o.customer_name, o.customer_name_latin,
       o.customer_email, o.customer_language, o.channel, o.address_country, o.postal_service,
       CASE WHEN o.plan_expires_on IS NULL OR p.plan_days < 1 THEN NULL ELSE o.plan_expires_on + p.plan_days END,
       CURRENT_TIMESTAMP, 0
FROM (SELECT id, COALESCE(line_iccid, line_phone) AS line_key,
             CASE WHEN line_iccid IS NOT NULL THEN 'ICCID' ELSE 'PHONE' END AS line_kind,
             ROW_NUMBER() OVER (PARTITION BY COALESCE(line_iccid, line_phone) ORDER BY created_at DESC, id DESC) AS n
      FROM customer_order
      WHERE status <> 'CANCELLED') latest
JOIN customer_order o ON o.id = latest.id
JOIN product p ON p.id = o.product_id
WHERE latest.n = 1;
