-- One renewal form per printed order: the random reference its barcode carries, which order entry scans
-- to fill a renewal in from that order. No personal data in the reference; not guessable (60 random bits).
CREATE SEQUENCE renewal_form_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE renewal_form (
    id          BIGINT PRIMARY KEY,
    reference   VARCHAR(20) NOT NULL,
    order_id    BIGINT      NOT NULL REFERENCES customer_order (id),
    issued_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT renewal_form_reference_unique UNIQUE (reference),
    CONSTRAINT renewal_form_order_unique UNIQUE (order_id)
);
