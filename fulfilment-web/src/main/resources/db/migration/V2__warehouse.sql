-- Renewal Post schema, version 2: the warehouse day. Print runs, shipments with their S10
-- tracking numbers, scan-to-pack, postage rates as data, and the day's dispatch.
-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL 15 (same conventions as V1).

CREATE SEQUENCE print_run_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE print_run_item_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE reprint_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE shipment_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE s10_range_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE packing_event_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE dispatch_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE postage_zone_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE postage_tariff_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE postage_rate_seq START WITH 1000 INCREMENT BY 50;

-- A print run: a day's batch of letters and labels. "2026-03-05 #2" is run_date + day_number.
CREATE TABLE print_run (
    id            BIGINT PRIMARY KEY,
    run_date      DATE          NOT NULL,
    day_number    INTEGER       NOT NULL,
    selection     VARCHAR(200)  NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by    VARCHAR(100)  NOT NULL,
    completed_at  TIMESTAMP WITH TIME ZONE,
    version       BIGINT        NOT NULL,
    CONSTRAINT print_run_name_unique UNIQUE (run_date, day_number)
);

-- The run's ordered list: every selected order with what became of it. Documents are made of
-- the PRINTED lines in line order, with the tracking number as printed on the label.
CREATE TABLE print_run_item (
    id               BIGINT PRIMARY KEY,
    print_run_id     BIGINT        NOT NULL REFERENCES print_run (id),
    line             INTEGER       NOT NULL,
    order_id         BIGINT        NOT NULL REFERENCES customer_order (id),
    outcome          VARCHAR(20)   NOT NULL,
    reason           VARCHAR(500),
    tracking_number  VARCHAR(13),
    CONSTRAINT print_run_item_line_unique UNIQUE (print_run_id, line),
    CONSTRAINT print_run_item_outcome_check CHECK (outcome IN ('PRINTED', 'HELD', 'SKIPPED'))
);
CREATE INDEX print_run_item_order_idx ON print_run_item (order_id);

-- Every reprint, of a whole run (order_id NULL) or of one item: who and why.
CREATE TABLE reprint (
    id            BIGINT PRIMARY KEY,
    print_run_id  BIGINT        NOT NULL REFERENCES print_run (id),
    order_id      BIGINT        REFERENCES customer_order (id),
    actor         VARCHAR(100)  NOT NULL,
    reason        VARCHAR(500)  NOT NULL,
    occurred_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX reprint_run_idx ON reprint (print_run_id);

CREATE TABLE dispatch (
    id            BIGINT PRIMARY KEY,
    posting_date  DATE          NOT NULL,
    post_office   VARCHAR(200)  NOT NULL,
    status        VARCHAR(20)   NOT NULL,
    opened_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    opened_by     VARCHAR(100)  NOT NULL,
    closed_at     TIMESTAMP WITH TIME ZONE,
    closed_by     VARCHAR(100),
    version       BIGINT        NOT NULL,
    CONSTRAINT dispatch_status_check CHECK (status IN ('OPEN', 'CLOSED')),
    CONSTRAINT dispatch_closed_check CHECK ((status = 'OPEN' AND closed_at IS NULL) OR (status = 'CLOSED' AND closed_at IS NOT NULL))
);
CREATE INDEX dispatch_date_idx ON dispatch (posting_date);

-- One letter on its way: made when the order is printed, packed at a station, handed to the post
-- in one dispatch (dispatch_id set once), with the postage it cost kept for good.
CREATE TABLE shipment (
    id                  BIGINT PRIMARY KEY,
    order_id            BIGINT        NOT NULL REFERENCES customer_order (id),
    print_run_id        BIGINT        NOT NULL REFERENCES print_run (id),
    postal_service      VARCHAR(30)   NOT NULL,
    destination         CHAR(2)       NOT NULL,
    weight_grams        INTEGER       NOT NULL,
    tracking_number     VARCHAR(13),
    tracking_source     VARCHAR(20),
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    packed_at           TIMESTAMP WITH TIME ZONE,
    packed_by           VARCHAR(100),
    packing_station     VARCHAR(40),
    dispatch_id         BIGINT        REFERENCES dispatch (id),
    dispatch_line       INTEGER,
    added_to_dispatch_at TIMESTAMP WITH TIME ZONE,
    postage_zone        VARCHAR(40),
    postage_amount      NUMERIC(12,2),
    postage_currency    CHAR(3),
    postage_rate_id     BIGINT,
    postage_source      VARCHAR(20),
    postage_reason      VARCHAR(500),
    posted_on           DATE,
    version             BIGINT        NOT NULL,
    CONSTRAINT shipment_tracking_source_check CHECK (tracking_source IS NULL OR tracking_source IN ('RANGE', 'PRE_PRINTED')),
    CONSTRAINT shipment_postage_source_check CHECK (postage_source IS NULL OR postage_source IN ('TARIFF', 'OVERRIDE')),
    CONSTRAINT shipment_dispatch_line_unique UNIQUE (dispatch_id, dispatch_line)
);
CREATE INDEX shipment_order_idx ON shipment (order_id);
CREATE INDEX shipment_tracking_idx ON shipment (tracking_number);
CREATE INDEX shipment_dispatch_idx ON shipment (dispatch_id);
CREATE INDEX shipment_posted_idx ON shipment (posted_on);

-- The register of S10 numbers this system has issued, one row per number: the unique key makes a
-- number impossible to hold twice; a row is only handed on once issued_at is older than the
-- reuse period (24 months by default).
CREATE TABLE tracking_number (
    number       VARCHAR(13)   PRIMARY KEY,
    order_id     BIGINT        NOT NULL REFERENCES customer_order (id),
    source       VARCHAR(20)   NOT NULL,
    issued_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT tracking_number_source_check CHECK (source IN ('RANGE', 'PRE_PRINTED'))
);

-- How far each configured S10 range has been used. Ranges themselves are configuration
-- (fulfilment.s10.ranges); this row is their cursor, locked while a number is taken.
CREATE TABLE s10_range (
    id                 BIGINT PRIMARY KEY,
    service_indicator  CHAR(2)       NOT NULL,
    country            CHAR(2)       NOT NULL,
    first_serial       INTEGER       NOT NULL,
    last_serial        INTEGER       NOT NULL,
    next_serial        INTEGER       NOT NULL,
    version            BIGINT        NOT NULL,
    CONSTRAINT s10_range_unique UNIQUE (service_indicator, country, first_serial, last_serial),
    CONSTRAINT s10_range_bounds_check CHECK (first_serial >= 0 AND last_serial <= 99999999 AND first_serial <= last_serial),
    CONSTRAINT s10_range_cursor_check CHECK (next_serial >= first_serial AND next_serial <= last_serial + 1)
);

-- The scan station's half-done pair: the letter scanned, waiting for its label.
CREATE TABLE packing_station (
    station          VARCHAR(40)   PRIMARY KEY,
    pending_order_id BIGINT        REFERENCES customer_order (id),
    pending_since    TIMESTAMP WITH TIME ZONE,
    version          BIGINT        NOT NULL
);

-- Every packing scan outcome worth keeping: packed pairs, mismatches, misreads, refusals.
CREATE TABLE packing_event (
    id            BIGINT PRIMARY KEY,
    station       VARCHAR(40)   NOT NULL,
    print_run_id  BIGINT        REFERENCES print_run (id),
    order_id      BIGINT        REFERENCES customer_order (id),
    kind          VARCHAR(20)   NOT NULL,
    letter_scan   VARCHAR(60),
    label_scan    VARCHAR(60),
    detail        VARCHAR(500)  NOT NULL,
    actor         VARCHAR(100)  NOT NULL,
    occurred_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT packing_event_kind_check CHECK (kind IN ('PACKED', 'MISMATCH', 'MISREAD', 'REFUSED'))
);
CREATE INDEX packing_event_run_idx ON packing_event (print_run_id, kind);
CREATE INDEX packing_event_station_idx ON packing_event (station, kind);

-- Postage zones: which zone of the tariff a destination falls in; '*' is every other country.
CREATE TABLE postage_zone (
    id         BIGINT PRIMARY KEY,
    country    VARCHAR(2)    NOT NULL,
    zone       VARCHAR(40)   NOT NULL,
    version    BIGINT        NOT NULL,
    CONSTRAINT postage_zone_country_unique UNIQUE (country)
);

-- A tariff: the rates introduced together from one date. A later tariff replaces an earlier one
-- for the service and zone it names, from its effective date on; postage already posted is
-- kept on the shipment and never recomputed.
CREATE TABLE postage_tariff (
    id              BIGINT PRIMARY KEY,
    effective_from  DATE          NOT NULL,
    description     VARCHAR(200)  NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by      VARCHAR(100)  NOT NULL
);

-- service x zone x weight band -> price. A band covers weights above the next lower
-- max_weight_grams of the same tariff, service and zone, up to and including its own.
CREATE TABLE postage_rate (
    id                BIGINT PRIMARY KEY,
    tariff_id         BIGINT        NOT NULL REFERENCES postage_tariff (id),
    service           VARCHAR(30)   NOT NULL,
    zone              VARCHAR(40)   NOT NULL,
    max_weight_grams  INTEGER       NOT NULL,
    price_amount      NUMERIC(12,2) NOT NULL,
    price_currency    CHAR(3)       NOT NULL,
    CONSTRAINT postage_rate_unique UNIQUE (tariff_id, service, zone, max_weight_grams),
    CONSTRAINT postage_rate_weight_check CHECK (max_weight_grams > 0),
    CONSTRAINT postage_rate_price_check CHECK (price_amount >= 0)
);

-- Seeded zones for the 30 destinations named in the foundation issue, modelled on USPS
-- First-Class Mail International price groups: the US itself, Canada, Mexico, Europe,
-- Asia-Pacific and the rest of the world. Admins change them over REST.
INSERT INTO postage_zone (id, country, zone, version) VALUES
    (1, 'US', 'DOMESTIC', 0),
    (2, 'CA', 'CANADA', 0),
    (3, 'MX', 'MEXICO', 0),
    (4, 'GB', 'EUROPE', 0),
    (5, 'IE', 'EUROPE', 0),
    (6, 'FR', 'EUROPE', 0),
    (7, 'DE', 'EUROPE', 0),
    (8, 'NL', 'EUROPE', 0),
    (9, 'ES', 'EUROPE', 0),
    (10, 'IT', 'EUROPE', 0),
    (11, 'SE', 'EUROPE', 0),
    (12, 'CH', 'EUROPE', 0),
    (13, 'CN', 'ASIA_PACIFIC', 0),
    (14, 'TW', 'ASIA_PACIFIC', 0),
    (15, 'HK', 'ASIA_PACIFIC', 0),
    (16, 'MO', 'ASIA_PACIFIC', 0),
    (17, 'JP', 'ASIA_PACIFIC', 0),
    (18, 'KR', 'ASIA_PACIFIC', 0),
    (19, 'SG', 'ASIA_PACIFIC', 0),
    (20, 'MY', 'ASIA_PACIFIC', 0),
    (21, 'TH', 'ASIA_PACIFIC', 0),
    (22, 'VN', 'ASIA_PACIFIC', 0),
    (23, 'PH', 'ASIA_PACIFIC', 0),
    (24, 'ID', 'ASIA_PACIFIC', 0),
    (25, 'IN', 'ASIA_PACIFIC', 0),
    (26, 'AU', 'ASIA_PACIFIC', 0),
    (27, 'NZ', 'ASIA_PACIFIC', 0),
    (28, 'BR', 'REST_OF_WORLD', 0),
    (29, 'AE', 'REST_OF_WORLD', 0),
    (30, 'ZA', 'REST_OF_WORLD', 0),
    (31, '*', 'REST_OF_WORLD', 0);

-- The seeded tariff: an example in the shape of a letter-post price list (1 oz, 2 oz, 3.5 oz
-- bands; tracked and registered letters carry their fee). Replace it with the current prices
-- of your post (POST /api/postage/tariffs) before relying on the ledger.
INSERT INTO postage_tariff (id, effective_from, description, created_at, created_by) VALUES
    (1, DATE '2025-01-01', 'Seeded example letter-post tariff', TIMESTAMP WITH TIME ZONE '2025-01-01 00:00:00+00', 'migration');

INSERT INTO postage_rate (id, tariff_id, service, zone, max_weight_grams, price_amount, price_currency) VALUES
    (1, 1, 'STANDARD_LETTER', 'DOMESTIC', 28, 0.73, 'USD'),
    (2, 1, 'STANDARD_LETTER', 'DOMESTIC', 56, 1.01, 'USD'),
    (3, 1, 'STANDARD_LETTER', 'DOMESTIC', 99, 1.29, 'USD'),
    (4, 1, 'TRACKED_LETTER', 'DOMESTIC', 28, 5.58, 'USD'),
    (5, 1, 'TRACKED_LETTER', 'DOMESTIC', 56, 5.86, 'USD'),
    (6, 1, 'TRACKED_LETTER', 'DOMESTIC', 99, 6.14, 'USD'),
    (7, 1, 'REGISTERED_LETTER', 'DOMESTIC', 28, 18.93, 'USD'),
    (8, 1, 'REGISTERED_LETTER', 'DOMESTIC', 56, 19.21, 'USD'),
    (9, 1, 'REGISTERED_LETTER', 'DOMESTIC', 99, 19.49, 'USD'),
    (10, 1, 'STANDARD_LETTER', 'CANADA', 28, 1.65, 'USD'),
    (11, 1, 'STANDARD_LETTER', 'CANADA', 56, 2.15, 'USD'),
    (12, 1, 'STANDARD_LETTER', 'CANADA', 99, 2.85, 'USD'),
    (13, 1, 'TRACKED_LETTER', 'CANADA', 28, 9.60, 'USD'),
    (14, 1, 'TRACKED_LETTER', 'CANADA', 56, 10.10, 'USD'),
    (15, 1, 'TRACKED_LETTER', 'CANADA', 99, 10.80, 'USD'),
    (16, 1, 'REGISTERED_LETTER', 'CANADA', 28, 19.15, 'USD'),
    (17, 1, 'REGISTERED_LETTER', 'CANADA', 56, 19.65, 'USD'),
    (18, 1, 'REGISTERED_LETTER', 'CANADA', 99, 20.35, 'USD'),
    (19, 1, 'STANDARD_LETTER', 'MEXICO', 28, 1.65, 'USD'),
    (20, 1, 'STANDARD_LETTER', 'MEXICO', 56, 2.40, 'USD'),
    (21, 1, 'STANDARD_LETTER', 'MEXICO', 99, 3.35, 'USD'),
    (22, 1, 'TRACKED_LETTER', 'MEXICO', 28, 9.60, 'USD'),
    (23, 1, 'TRACKED_LETTER', 'MEXICO', 56, 10.35, 'USD'),
    (24, 1, 'TRACKED_LETTER', 'MEXICO', 99, 11.30, 'USD'),
    (25, 1, 'REGISTERED_LETTER', 'MEXICO', 28, 19.15, 'USD'),
    (26, 1, 'REGISTERED_LETTER', 'MEXICO', 56, 19.90, 'USD'),
    (27, 1, 'REGISTERED_LETTER', 'MEXICO', 99, 20.85, 'USD'),
    (28, 1, 'STANDARD_LETTER', 'EUROPE', 28, 1.65, 'USD'),
    (29, 1, 'STANDARD_LETTER', 'EUROPE', 56, 2.90, 'USD'),
    (30, 1, 'STANDARD_LETTER', 'EUROPE', 99, 4.15, 'USD'),
    (31, 1, 'TRACKED_LETTER', 'EUROPE', 28, 9.60, 'USD'),
    (32, 1, 'TRACKED_LETTER', 'EUROPE', 56, 10.85, 'USD'),
    (33, 1, 'TRACKED_LETTER', 'EUROPE', 99, 12.10, 'USD'),
    (34, 1, 'REGISTERED_LETTER', 'EUROPE', 28, 19.15, 'USD'),
    (35, 1, 'REGISTERED_LETTER', 'EUROPE', 56, 20.40, 'USD'),
    (36, 1, 'REGISTERED_LETTER', 'EUROPE', 99, 21.65, 'USD'),
    (37, 1, 'STANDARD_LETTER', 'ASIA_PACIFIC', 28, 1.65, 'USD'),
    (38, 1, 'STANDARD_LETTER', 'ASIA_PACIFIC', 56, 2.90, 'USD'),
    (39, 1, 'STANDARD_LETTER', 'ASIA_PACIFIC', 99, 4.15, 'USD'),
    (40, 1, 'TRACKED_LETTER', 'ASIA_PACIFIC', 28, 9.60, 'USD'),
    (41, 1, 'TRACKED_LETTER', 'ASIA_PACIFIC', 56, 10.85, 'USD'),
    (42, 1, 'TRACKED_LETTER', 'ASIA_PACIFIC', 99, 12.10, 'USD'),
    (43, 1, 'REGISTERED_LETTER', 'ASIA_PACIFIC', 28, 19.15, 'USD'),
    (44, 1, 'REGISTERED_LETTER', 'ASIA_PACIFIC', 56, 20.40, 'USD'),
    (45, 1, 'REGISTERED_LETTER', 'ASIA_PACIFIC', 99, 21.65, 'USD'),
    (46, 1, 'STANDARD_LETTER', 'REST_OF_WORLD', 28, 1.65, 'USD'),
    (47, 1, 'STANDARD_LETTER', 'REST_OF_WORLD', 56, 3.10, 'USD'),
    (48, 1, 'STANDARD_LETTER', 'REST_OF_WORLD', 99, 4.55, 'USD'),
    (49, 1, 'TRACKED_LETTER', 'REST_OF_WORLD', 28, 9.60, 'USD'),
    (50, 1, 'TRACKED_LETTER', 'REST_OF_WORLD', 56, 11.05, 'USD'),
    (51, 1, 'TRACKED_LETTER', 'REST_OF_WORLD', 99, 12.50, 'USD'),
    (52, 1, 'REGISTERED_LETTER', 'REST_OF_WORLD', 28, 19.15, 'USD'),
    (53, 1, 'REGISTERED_LETTER', 'REST_OF_WORLD', 56, 20.60, 'USD'),
    (54, 1, 'REGISTERED_LETTER', 'REST_OF_WORLD', 99, 22.05, 'USD');
