-- Renewal Post schema, version 1: catalogue, orders with their timeline, activation-code stock,
-- delivery standards. Portable SQL: runs unchanged on H2 2.x and PostgreSQL 15.
-- Times are TIMESTAMP WITH TIME ZONE written in UTC; money is NUMERIC + ISO 4217 code.

CREATE SEQUENCE product_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE customer_order_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE order_timeline_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE activation_code_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE delivery_standard_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE product (
    id                  BIGINT PRIMARY KEY,
    sku                 VARCHAR(40)   NOT NULL,
    name                VARCHAR(200)  NOT NULL,
    kind                VARCHAR(20)   NOT NULL,
    plan_days           INTEGER       NOT NULL,
    data_allowance      VARCHAR(40)   NOT NULL,
    price_amount        NUMERIC(12,2) NOT NULL,
    price_currency      CHAR(3)       NOT NULL,
    weight_grams        INTEGER       NOT NULL,
    hs_code             CHAR(6)       NOT NULL,
    customs_description VARCHAR(200)  NOT NULL,
    voucher_pattern     VARCHAR(200),
    low_stock_threshold INTEGER       NOT NULL,
    active              BOOLEAN       NOT NULL,
    version             BIGINT        NOT NULL,
    CONSTRAINT product_sku_unique UNIQUE (sku),
    CONSTRAINT product_kind_check CHECK (kind IN ('VOUCHER', 'ESIM_PROFILE'))
);

CREATE TABLE customer_order (
    id                      BIGINT PRIMARY KEY,
    order_number            VARCHAR(20)   NOT NULL,
    status                  VARCHAR(20)   NOT NULL,
    customer_name           VARCHAR(200)  NOT NULL,
    customer_name_latin     VARCHAR(200)  NOT NULL,
    customer_email          VARCHAR(254)  NOT NULL,
    customer_phone          VARCHAR(20),
    customer_language       VARCHAR(35)   NOT NULL,
    address_organisation    VARCHAR(200),
    address_street1         VARCHAR(200)  NOT NULL,
    address_street2         VARCHAR(200),
    address_street3         VARCHAR(200),
    address_locality        VARCHAR(200),
    address_city            VARCHAR(200),
    address_region          VARCHAR(200),
    address_postcode        VARCHAR(20),
    address_country         CHAR(2)       NOT NULL,
    product_id              BIGINT        NOT NULL REFERENCES product (id),
    line_iccid              VARCHAR(20),
    line_phone              VARCHAR(20),
    plan_expires_on         DATE,
    postal_service          VARCHAR(30)   NOT NULL,
    channel                 VARCHAR(20)   NOT NULL,
    external_reference      VARCHAR(100),
    idempotency_key         VARCHAR(100),
    payment_method          VARCHAR(20)   NOT NULL,
    payment_reference       VARCHAR(100),
    payment_amount          NUMERIC(12,2) NOT NULL,
    payment_currency        CHAR(3)       NOT NULL,
    notes                   VARCHAR(2000),
    hold_reason             VARCHAR(500),
    created_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    version                 BIGINT        NOT NULL,
    CONSTRAINT order_number_unique UNIQUE (order_number),
    CONSTRAINT order_external_reference_unique UNIQUE (channel, external_reference),
    CONSTRAINT order_idempotency_key_unique UNIQUE (idempotency_key),
    CONSTRAINT order_line_check CHECK (line_iccid IS NOT NULL OR line_phone IS NOT NULL)
);
CREATE INDEX order_status_idx ON customer_order (status);
CREATE INDEX order_email_idx ON customer_order (customer_email);
CREATE INDEX order_iccid_idx ON customer_order (line_iccid);

CREATE TABLE order_timeline (
    id           BIGINT PRIMARY KEY,
    order_id     BIGINT        NOT NULL REFERENCES customer_order (id),
    occurred_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    actor        VARCHAR(100)  NOT NULL,
    kind         VARCHAR(30)   NOT NULL,
    from_status  VARCHAR(20),
    to_status    VARCHAR(20),
    reason       VARCHAR(1000)
);
CREATE INDEX order_timeline_order_idx ON order_timeline (order_id, occurred_at);

-- One row per code. The code itself is only ever stored encrypted (key id prefix + AES-GCM);
-- the fingerprint (keyed HMAC) is what makes "already in stock" detectable without decrypting.
-- The unique order_id is the last line of defence: no code can ever belong to two orders.
CREATE TABLE activation_code (
    id              BIGINT PRIMARY KEY,
    product_id      BIGINT        NOT NULL REFERENCES product (id),
    ciphertext      VARCHAR(600)  NOT NULL,
    fingerprint     CHAR(64)      NOT NULL,
    status          VARCHAR(20)   NOT NULL,
    order_id        BIGINT        REFERENCES customer_order (id),
    imported_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    allocated_at    TIMESTAMP WITH TIME ZONE,
    version         BIGINT        NOT NULL,
    CONSTRAINT code_fingerprint_unique UNIQUE (fingerprint),
    CONSTRAINT code_order_unique UNIQUE (order_id),
    CONSTRAINT code_status_check CHECK (status IN ('AVAILABLE', 'ALLOCATED', 'VOID')),
    CONSTRAINT code_allocation_check CHECK ((status = 'AVAILABLE' AND order_id IS NULL) OR status <> 'AVAILABLE')
);
CREATE INDEX code_stock_idx ON activation_code (product_id, status, id);

CREATE TABLE delivery_standard (
    id            BIGINT PRIMARY KEY,
    destination   VARCHAR(2)   NOT NULL,
    service       VARCHAR(30)  NOT NULL,
    transit_days  INTEGER      NOT NULL,
    source        VARCHAR(20)  NOT NULL,
    version       BIGINT       NOT NULL,
    CONSTRAINT delivery_standard_unique UNIQUE (destination, service),
    CONSTRAINT delivery_standard_days_check CHECK (transit_days > 0)
);

-- Seeded calendar days from a US posting to delivery, per destination; '*' is the default.
-- Rough figures for international letter post (UPU J+5 is a target, not a promise);
-- admins edit them and tracked deliveries refine them.
INSERT INTO delivery_standard (id, destination, service, transit_days, source, version) VALUES
    (1, 'US', 'STANDARD_LETTER', 4, 'SEEDED', 0),
    (2, 'US', 'TRACKED_LETTER', 4, 'SEEDED', 0),
    (3, 'US', 'REGISTERED_LETTER', 4, 'SEEDED', 0),
    (4, 'CA', 'STANDARD_LETTER', 7, 'SEEDED', 0),
    (5, 'CA', 'TRACKED_LETTER', 7, 'SEEDED', 0),
    (6, 'CA', 'REGISTERED_LETTER', 7, 'SEEDED', 0),
    (7, 'MX', 'STANDARD_LETTER', 10, 'SEEDED', 0),
    (8, 'MX', 'TRACKED_LETTER', 10, 'SEEDED', 0),
    (9, 'MX', 'REGISTERED_LETTER', 10, 'SEEDED', 0),
    (10, 'GB', 'STANDARD_LETTER', 8, 'SEEDED', 0),
    (11, 'GB', 'TRACKED_LETTER', 8, 'SEEDED', 0),
    (12, 'GB', 'REGISTERED_LETTER', 8, 'SEEDED', 0),
    (13, 'IE', 'STANDARD_LETTER', 9, 'SEEDED', 0),
    (14, 'IE', 'TRACKED_LETTER', 9, 'SEEDED', 0),
    (15, 'IE', 'REGISTERED_LETTER', 9, 'SEEDED', 0),
    (16, 'FR', 'STANDARD_LETTER', 9, 'SEEDED', 0),
    (17, 'FR', 'TRACKED_LETTER', 9, 'SEEDED', 0),
    (18, 'FR', 'REGISTERED_LETTER', 9, 'SEEDED', 0),
    (19, 'DE', 'STANDARD_LETTER', 9, 'SEEDED', 0),
    (20, 'DE', 'TRACKED_LETTER', 9, 'SEEDED', 0),
    (21, 'DE', 'REGISTERED_LETTER', 9, 'SEEDED', 0),
    (22, 'NL', 'STANDARD_LETTER', 9, 'SEEDED', 0),
    (23, 'NL', 'TRACKED_LETTER', 9, 'SEEDED', 0),
    (24, 'NL', 'REGISTERED_LETTER', 9, 'SEEDED', 0),
    (25, 'ES', 'STANDARD_LETTER', 10, 'SEEDED', 0),
    (26, 'ES', 'TRACKED_LETTER', 10, 'SEEDED', 0),
    (27, 'ES', 'REGISTERED_LETTER', 10, 'SEEDED', 0),
    (28, 'IT', 'STANDARD_LETTER', 12, 'SEEDED', 0),
    (29, 'IT', 'TRACKED_LETTER', 12, 'SEEDED', 0),
    (30, 'IT', 'REGISTERED_LETTER', 12, 'SEEDED', 0),
    (31, 'SE', 'STANDARD_LETTER', 10, 'SEEDED', 0),
    (32, 'SE', 'TRACKED_LETTER', 10, 'SEEDED', 0),
    (33, 'SE', 'REGISTERED_LETTER', 10, 'SEEDED', 0),
    (34, 'CH', 'STANDARD_LETTER', 10, 'SEEDED', 0),
    (35, 'CH', 'TRACKED_LETTER', 10, 'SEEDED', 0),
    (36, 'CH', 'REGISTERED_LETTER', 10, 'SEEDED', 0),
    (37, 'CN', 'STANDARD_LETTER', 14, 'SEEDED', 0),
    (38, 'CN', 'TRACKED_LETTER', 14, 'SEEDED', 0),
    (39, 'CN', 'REGISTERED_LETTER', 14, 'SEEDED', 0),
    (40, 'TW', 'STANDARD_LETTER', 10, 'SEEDED', 0),
    (41, 'TW', 'TRACKED_LETTER', 10, 'SEEDED', 0),
    (42, 'TW', 'REGISTERED_LETTER', 10, 'SEEDED', 0),
    (43, 'HK', 'STANDARD_LETTER', 9, 'SEEDED', 0),
    (44, 'HK', 'TRACKED_LETTER', 9, 'SEEDED', 0),
    (45, 'HK', 'REGISTERED_LETTER', 9, 'SEEDED', 0),
    (46, 'MO', 'STANDARD_LETTER', 12, 'SEEDED', 0),
    (47, 'MO', 'TRACKED_LETTER', 12, 'SEEDED', 0),
    (48, 'MO', 'REGISTERED_LETTER', 12, 'SEEDED', 0),
    (49, 'JP', 'STANDARD_LETTER', 8, 'SEEDED', 0),
    (50, 'JP', 'TRACKED_LETTER', 8, 'SEEDED', 0),
    (51, 'JP', 'REGISTERED_LETTER', 8, 'SEEDED', 0),
    (52, 'KR', 'STANDARD_LETTER', 9, 'SEEDED', 0),
    (53, 'KR', 'TRACKED_LETTER', 9, 'SEEDED', 0),
    (54, 'KR', 'REGISTERED_LETTER', 9, 'SEEDED', 0),
    (55, 'SG', 'STANDARD_LETTER', 9, 'SEEDED', 0),
    (56, 'SG', 'TRACKED_LETTER', 9, 'SEEDED', 0),
    (57, 'SG', 'REGISTERED_LETTER', 9, 'SEEDED', 0),
    (58, 'MY', 'STANDARD_LETTER', 12, 'SEEDED', 0),
    (59, 'MY', 'TRACKED_LETTER', 12, 'SEEDED', 0),
    (60, 'MY', 'REGISTERED_LETTER', 12, 'SEEDED', 0),
    (61, 'TH', 'STANDARD_LETTER', 12, 'SEEDED', 0),
    (62, 'TH', 'TRACKED_LETTER', 12, 'SEEDED', 0),
    (63, 'TH', 'REGISTERED_LETTER', 12, 'SEEDED', 0),
    (64, 'VN', 'STANDARD_LETTER', 16, 'SEEDED', 0),
    (65, 'VN', 'TRACKED_LETTER', 16, 'SEEDED', 0),
    (66, 'VN', 'REGISTERED_LETTER', 16, 'SEEDED', 0),
    (67, 'PH', 'STANDARD_LETTER', 18, 'SEEDED', 0),
    (68, 'PH', 'TRACKED_LETTER', 18, 'SEEDED', 0),
    (69, 'PH', 'REGISTERED_LETTER', 18, 'SEEDED', 0),
    (70, 'ID', 'STANDARD_LETTER', 18, 'SEEDED', 0),
    (71, 'ID', 'TRACKED_LETTER', 18, 'SEEDED', 0),
    (72, 'ID', 'REGISTERED_LETTER', 18, 'SEEDED', 0),
    (73, 'IN', 'STANDARD_LETTER', 16, 'SEEDED', 0),
    (74, 'IN', 'TRACKED_LETTER', 16, 'SEEDED', 0),
    (75, 'IN', 'REGISTERED_LETTER', 16, 'SEEDED', 0),
    (76, 'AU', 'STANDARD_LETTER', 10, 'SEEDED', 0),
    (77, 'AU', 'TRACKED_LETTER', 10, 'SEEDED', 0),
    (78, 'AU', 'REGISTERED_LETTER', 10, 'SEEDED', 0),
    (79, 'NZ', 'STANDARD_LETTER', 12, 'SEEDED', 0),
    (80, 'NZ', 'TRACKED_LETTER', 12, 'SEEDED', 0),
    (81, 'NZ', 'REGISTERED_LETTER', 12, 'SEEDED', 0),
    (82, 'BR', 'STANDARD_LETTER', 20, 'SEEDED', 0),
    (83, 'BR', 'TRACKED_LETTER', 20, 'SEEDED', 0),
    (84, 'BR', 'REGISTERED_LETTER', 20, 'SEEDED', 0),
    (85, 'AE', 'STANDARD_LETTER', 12, 'SEEDED', 0),
    (86, 'AE', 'TRACKED_LETTER', 12, 'SEEDED', 0),
    (87, 'AE', 'REGISTERED_LETTER', 12, 'SEEDED', 0),
    (88, 'ZA', 'STANDARD_LETTER', 21, 'SEEDED', 0),
    (89, 'ZA', 'TRACKED_LETTER', 21, 'SEEDED', 0),
    (90, 'ZA', 'REGISTERED_LETTER', 21, 'SEEDED', 0),
    (91, '*', 'STANDARD_LETTER', 14, 'SEEDED', 0),
    (92, '*', 'TRACKED_LETTER', 14, 'SEEDED', 0),
    (93, '*', 'REGISTERED_LETTER', 14, 'SEEDED', 0);
