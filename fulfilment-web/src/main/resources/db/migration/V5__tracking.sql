-- Renewal Post schema, version 5: tracking. Carrier events (webhook, CSV upload, support), the
-- status each shipment derives from them, reships of lost and returned letters, and delivery
-- standards learned from tracked deliveries.
-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL 15 (same conventions as V1).

CREATE SEQUENCE tracking_event_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE reship_seq START WITH 1000 INCREMENT BY 50;

-- Every event as it arrived, once: event_key is the carrier's event id, or a hash of tracking
-- number, time and status where the carrier gives none, so a repeat delivery is recognised.
-- shipment_id is NULL while no shipment carries the tracking number (kept for reconciliation)
-- and set once when one does.
CREATE TABLE tracking_event (
    id               BIGINT PRIMARY KEY,
    event_key        VARCHAR(200)  NOT NULL,
    tracking_number  VARCHAR(13),
    shipment_id      BIGINT        REFERENCES shipment (id),
    status           VARCHAR(30)   NOT NULL,
    occurred_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    location         VARCHAR(200),
    description      VARCHAR(500),
    source           VARCHAR(20)   NOT NULL,
    recorded_by      VARCHAR(100)  NOT NULL,
    reason           VARCHAR(500),
    received_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    attached_at      TIMESTAMP WITH TIME ZONE,
    version          BIGINT        NOT NULL,
    CONSTRAINT tracking_event_key_unique UNIQUE (event_key),
    CONSTRAINT tracking_event_status_check CHECK (status IN ('ACCEPTED', 'IN_TRANSIT', 'ARRIVED_IN_DESTINATION',
        'HELD_AT_CUSTOMS', 'OUT_FOR_DELIVERY', 'DELIVERED', 'DELIVERY_FAILED', 'RETURNED_TO_SENDER', 'LOST')),
    CONSTRAINT tracking_event_source_check CHECK (source IN ('WEBHOOK', 'CSV', 'MANUAL')),
    -- an event that belongs to no shipment can only be matched by its tracking number
    CONSTRAINT tracking_event_match_check CHECK (shipment_id IS NOT NULL OR tracking_number IS NOT NULL)
);
CREATE INDEX tracking_event_shipment_idx ON tracking_event (shipment_id, occurred_at);
CREATE INDEX tracking_event_number_idx ON tracking_event (tracking_number);

-- The status a shipment derives from all its events (rewritten after each new event), kept so
-- that support lists, learned standards and the public page need no re-derivation.
CREATE TABLE shipment_tracking (
    shipment_id      BIGINT        PRIMARY KEY REFERENCES shipment (id),
    order_id         BIGINT        NOT NULL REFERENCES customer_order (id),
    status           VARCHAR(30)   NOT NULL,
    status_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    delivered_at     TIMESTAMP WITH TIME ZONE,
    event_count      INTEGER       NOT NULL,
    version          BIGINT        NOT NULL
);
CREATE INDEX shipment_tracking_delivered_idx ON shipment_tracking (delivered_at);

-- A lost or returned letter sent again: the replacement is an order of its own, linked here.
-- code_decision says what became of the first letter's code: VOIDED (exposed, never emailed; the
-- replacement got a new one) or KEPT (the customer already had it by email; it moved to the
-- replacement).
CREATE TABLE reship (
    id                    BIGINT PRIMARY KEY,
    original_order_id     BIGINT        NOT NULL REFERENCES customer_order (id),
    replacement_order_id  BIGINT        NOT NULL REFERENCES customer_order (id),
    cause                 VARCHAR(20)   NOT NULL,
    code_decision         VARCHAR(20)   NOT NULL,
    voided_code_id        BIGINT        REFERENCES activation_code (id),
    reason                VARCHAR(500)  NOT NULL,
    actor                 VARCHAR(100)  NOT NULL,
    occurred_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT reship_original_unique UNIQUE (original_order_id),
    CONSTRAINT reship_replacement_unique UNIQUE (replacement_order_id),
    CONSTRAINT reship_cause_check CHECK (cause IN ('LOST', 'RETURNED')),
    CONSTRAINT reship_code_check CHECK (code_decision IN ('VOIDED', 'KEPT', 'NONE'))
);

-- When a code was voided and why (for the report to the eSIM provider).
ALTER TABLE activation_code ADD COLUMN voided_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE activation_code ADD COLUMN void_reason VARCHAR(500);

-- Learned standards sit beside the seeded/admin figure, which stays visible: the 80th percentile
-- of transit days over the recent tracked deliveries, and how many deliveries it stands on.
-- NULL while there are too few. A destination with no row of its own gets one (source LEARNED,
-- transit_days copied from the default row) when it first has enough deliveries.
ALTER TABLE delivery_standard ADD COLUMN learned_days INTEGER;
ALTER TABLE delivery_standard ADD COLUMN learned_from INTEGER;
ALTER TABLE delivery_standard ADD COLUMN learned_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE delivery_standard ADD CONSTRAINT delivery_standard_learned_check
    CHECK ((learned_days IS NULL AND learned_from IS NULL) OR (learned_days > 0 AND learned_from > 0));

-- The replacement-sent email goes through the outbox too: numbered like support's emails (it
-- never takes an order's one automatic code email), and it carries no code.
ALTER TABLE email_outbox DROP CONSTRAINT email_outbox_reason_check;
ALTER TABLE email_outbox DROP CONSTRAINT email_outbox_number_check;
ALTER TABLE email_outbox ADD CONSTRAINT email_outbox_reason_check
    CHECK (reason IN ('DELAYED', 'AT_RISK', 'SUPPORT', 'REPLACEMENT'));
ALTER TABLE email_outbox ADD CONSTRAINT email_outbox_number_check CHECK (
    (reason IN ('SUPPORT', 'REPLACEMENT') AND send_number > 0 AND automatic_for_order IS NULL)
    OR (reason NOT IN ('SUPPORT', 'REPLACEMENT') AND send_number = 0 AND automatic_for_order IS NOT NULL
        AND automatic_for_order = order_id));
