-- A database of the first release, frozen: the schema of Flyway V1-V5 (what the application
-- carried before the reliability issue, and what databases in use have) filled the way the
-- application fills it. SchemaUpgradeIT loads it at V5, upgrades the database with every later
-- migration and expects every row back. Never change it for a later schema: it stands for the
-- databases out there, which a new migration must upgrade as they are.
--
-- Both product kinds, customers named in Chinese and in Latin script with accents, orders at
-- several points of their life, encrypted codes, a print run with a reprint, a closed dispatch,
-- packing scans, code emails with their attempts, carrier events, a staff account, an API key and
-- audit events. NULLs, dates, times with zone, money and booleans all appear. Portable SQL (H2 and
-- PostgreSQL). Ids sit in the first block of each sequence (START WITH 1000).

INSERT INTO product (id, sku, name, kind, plan_days, data_allowance, price_amount, price_currency, weight_grams,
                     hs_code, customs_description, voucher_pattern, low_stock_threshold, active, version) VALUES
    (1000, 'ESIM-30D-10GB', 'US eSIM 30 days 10 GB', 'ESIM_PROFILE', 30, '10 GB', 25.00, 'USD', 20,
     '852352', 'Printed activation card', NULL, 20, TRUE, 0),
    (1001, 'TOPUP-90D-UNL', 'US top-up 90 days unlimited', 'VOUCHER', 90, 'unlimited', 79.50, 'USD', 20,
     '490700', 'Printed prepaid voucher', '[0-9]{16}', 10, TRUE, 1),
    (1002, 'ESIM-7D-1GB', 'US eSIM 7 days 1 GB (retired)', 'ESIM_PROFILE', 7, '1 GB', 9.99, 'USD', 20,
     '852352', 'Printed activation card', NULL, 5, FALSE, 3);

INSERT INTO customer_order (id, order_number, status, customer_name, customer_name_latin, customer_email,
                            customer_phone, customer_language, address_organisation, address_street1,
                            address_street2, address_street3, address_locality, address_city, address_region,
                            address_postcode, address_country, product_id, line_iccid, line_phone,
                            plan_expires_on, postal_service, channel, external_reference, idempotency_key,
                            payment_method, payment_reference, payment_amount, payment_currency, notes,
                            hold_reason, created_at, updated_at, version) VALUES
    (1000, 'RP-7K3M9Q2XH', 'POSTED', '王小明', 'Wang Xiaoming', 'wang.xiaoming@example.cn', '+8613800138000',
     'zh-Hans', NULL, 'No. 18 Zhongguancun Street', NULL, NULL, 'Haidian District', 'Beijing', 'Beijing',
     '100080', 'CN', 1000, '89014103211118510720', NULL, DATE '2026-04-10', 'TRACKED_LETTER', 'POST',
     'FORM-2026-0117', NULL, 'MONEY_ORDER', 'MO 88120034', 25.00, 'USD', '請儘快寄出 — please hurry', NULL,
     TIMESTAMP WITH TIME ZONE '2026-03-02 09:15:00+00', TIMESTAMP WITH TIME ZONE '2026-03-05 16:40:12.345+00', 6),
    (1001, 'RP-4B8NWD2RA', 'PRINTED', '陳美玲', 'Chan Mei Ling', 'meiling.chan@example.hk', NULL,
     'zh-Hant', 'Harbour Trading Ltd', 'Flat 12B, 88 Queen''s Road Central', NULL, NULL, NULL, 'Central',
     'Hong Kong Island', NULL, 'HK', 1001, NULL, '+12025550143', DATE '2026-05-01', 'STANDARD_LETTER', 'WEB',
     'SHOP-55021', 'idem-6f1c2a90', 'CARD', 'ch_3PqX9', 79.50, 'USD', NULL, NULL,
     TIMESTAMP WITH TIME ZONE '2026-03-03 22:01:30+00', TIMESTAMP WITH TIME ZONE '2026-03-05 10:02:00+00', 3),
    (1002, 'RP-9TDX3MA7C', 'ON_HOLD', 'Lukas Müller', 'Lukas Müller', 'lukas.mueller@example.de', NULL, 'de',
     NULL, 'Unter den Linden 77', NULL, NULL, NULL, 'Berlin', NULL, '10117', 'DE', 1000,
     '89014103211118510738', NULL, NULL, 'STANDARD_LETTER', 'MARKETPLACE', 'MKT-998-221', NULL, 'MARKETPLACE',
     NULL, 25.00, 'USD', NULL, 'No activation codes in stock for ESIM-30D-10GB',
     TIMESTAMP WITH TIME ZONE '2026-03-04 07:30:00+00', TIMESTAMP WITH TIME ZONE '2026-03-04 07:30:01+00', 1),
    (1003, 'RP-2HJQ8RK4V', 'QUEUED', 'Sofía García', 'Sofia Garcia', 'sofia.garcia@example.mx', '+525512345678',
     'es', NULL, 'Avenida Paseo de la Reforma 222', 'Piso 3', NULL, 'Juarez', 'Ciudad de México', 'CDMX',
     '06600', 'MX', 1000, '89014103211118510746', NULL, DATE '2026-03-20', 'REGISTERED_LETTER', 'POST',
     'FORM-2026-0120', NULL, 'CHEQUE', 'CHQ 000451', 25.00, 'USD', NULL, NULL,
     TIMESTAMP WITH TIME ZONE '2026-03-05 08:00:00+00', TIMESTAMP WITH TIME ZONE '2026-03-05 08:00:00+00', 1);

INSERT INTO order_timeline (id, order_id, occurred_at, actor, kind, from_status, to_status, reason) VALUES
    (1000, 1000, TIMESTAMP WITH TIME ZONE '2026-03-02 09:15:00+00', 'clerk.ana', 'STATUS', NULL, 'RECEIVED', 'Keyed in from a paper form'),
    (1001, 1000, TIMESTAMP WITH TIME ZONE '2026-03-02 09:15:01+00', 'clerk.ana', 'STATUS', 'RECEIVED', 'QUEUED', NULL),
    (1002, 1000, TIMESTAMP WITH TIME ZONE '2026-03-04 11:00:00+00', 'print.bo', 'CODE_ALLOCATED', NULL, NULL, 'Activation code allocated'),
    (1003, 1000, TIMESTAMP WITH TIME ZONE '2026-03-04 11:00:00+00', 'print.bo', 'STATUS', 'QUEUED', 'PRINTED', 'Print run 2026-03-04 #1'),
    (1004, 1000, TIMESTAMP WITH TIME ZONE '2026-03-04 15:20:00+00', 'pack.cy', 'STATUS', 'PRINTED', 'PACKED', NULL),
    (1005, 1000, TIMESTAMP WITH TIME ZONE '2026-03-05 16:40:12.345+00', 'pack.cy', 'STATUS', 'PACKED', 'POSTED', 'Dispatch 2026-03-05'),
    (1006, 1001, TIMESTAMP WITH TIME ZONE '2026-03-03 22:01:30+00', 'api', 'STATUS', NULL, 'RECEIVED', NULL),
    (1007, 1001, TIMESTAMP WITH TIME ZONE '2026-03-05 10:02:00+00', 'print.bo', 'STATUS', 'QUEUED', 'PRINTED', 'Print run 2026-03-04 #1'),
    (1008, 1002, TIMESTAMP WITH TIME ZONE '2026-03-04 07:30:01+00', 'import', 'STATUS', 'QUEUED', 'ON_HOLD', 'No activation codes in stock for ESIM-30D-10GB');

INSERT INTO activation_code (id, product_id, ciphertext, fingerprint, status, order_id, imported_at, allocated_at, version) VALUES
    (1000, 1000, 'it1:q8Vt2m0Zk1bM3w9yX4pL0s7dNfQeR2uJ6hC5aGvB1nT8oK3iW9zY4xE7rD2cF5gH', 'a3f5c1d9e8b7a6f5c4d3e2f1a0b9c8d7e6f5a4b3c2d1e0f9a8b7c6d5e4f3a2b1',
     'ALLOCATED', 1000, TIMESTAMP WITH TIME ZONE '2026-02-20 12:00:00+00', TIMESTAMP WITH TIME ZONE '2026-03-04 11:00:00+00', 1),
    (1001, 1001, 'it1:Zx8Cv7Bn6Mm5Aa4Ss3Dd2Ff1Gg0Hh9Jj8Kk7Ll6Qq5Ww4Ee3Rr2Tt1Yy0Uu9Ii8Oo', 'b4e6d2c0f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2',
     'ALLOCATED', 1001, TIMESTAMP WITH TIME ZONE '2026-02-21 12:00:00+00', TIMESTAMP WITH TIME ZONE '2026-03-05 10:02:00+00', 1),
    (1002, 1001, 'it1:Pp9Oo8Ii7Uu6Yy5Tt4Rr3Ee2Ww1Qq0Aa9Ss8Dd7Ff6Gg5Hh4Jj3Kk2Ll1Zz0Xx9Cc8', 'c5f7e3d1a0b9c8d7e6f5a4b3c2d1e0f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3',
     'AVAILABLE', NULL, TIMESTAMP WITH TIME ZONE '2026-02-21 12:00:00+00', NULL, 0),
    (1003, 1000, 'it1:Vv7Bb6Nn5Mm4Ll3Kk2Jj1Hh0Gg9Ff8Dd7Ss6Aa5Qq4Ww3Ee2Rr1Tt0Yy9Uu8Ii7Oo6', 'd6a8f4e2b1c0d9e8f7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d1e0f9a8b7c6d5e4',
     'VOID', NULL, TIMESTAMP WITH TIME ZONE '2026-02-20 12:00:00+00', NULL, 2);

INSERT INTO print_run (id, run_date, day_number, selection, created_at, created_by, completed_at, version) VALUES
    (1000, DATE '2026-03-04', 1, 'urgent first, 2 orders', TIMESTAMP WITH TIME ZONE '2026-03-04 11:00:00+00', 'print.bo',
     TIMESTAMP WITH TIME ZONE '2026-03-04 11:00:04.5+00', 1);

INSERT INTO print_run_item (id, print_run_id, line, order_id, outcome, reason, tracking_number) VALUES
    (1000, 1000, 1, 1000, 'PRINTED', NULL, 'LA100000011US'),
    (1001, 1000, 2, 1001, 'PRINTED', NULL, NULL),
    (1002, 1000, 3, 1002, 'HELD', 'No activation codes in stock for ESIM-30D-10GB', NULL);

INSERT INTO reprint (id, print_run_id, order_id, actor, reason, occurred_at) VALUES
    (1000, 1000, 1001, 'print.bo', 'Label jammed in the thermal printer', TIMESTAMP WITH TIME ZONE '2026-03-04 11:20:00+00');

INSERT INTO dispatch (id, posting_date, post_office, status, opened_at, opened_by, closed_at, closed_by, version) VALUES
    (1000, DATE '2026-03-05', 'Weehawken NJ 07086', 'CLOSED', TIMESTAMP WITH TIME ZONE '2026-03-05 16:00:00+00', 'pack.cy',
     TIMESTAMP WITH TIME ZONE '2026-03-05 16:40:12.345+00', 'pack.cy', 2);

INSERT INTO shipment (id, order_id, print_run_id, postal_service, destination, weight_grams, tracking_number,
                      tracking_source, created_at, packed_at, packed_by, packing_station, dispatch_id, dispatch_line,
                      added_to_dispatch_at, postage_zone, postage_amount, postage_currency, postage_rate_id,
                      postage_source, postage_reason, posted_on, version) VALUES
    (1000, 1000, 1000, 'TRACKED_LETTER', 'CN', 20, 'LA100000011US', 'RANGE', TIMESTAMP WITH TIME ZONE '2026-03-04 11:00:00+00',
     TIMESTAMP WITH TIME ZONE '2026-03-04 15:20:00+00', 'pack.cy', 'bench-1', 1000, 1,
     TIMESTAMP WITH TIME ZONE '2026-03-05 16:10:00+00', 'ASIA_PACIFIC', 9.60, 'USD', 40, 'TARIFF', NULL, DATE '2026-03-05', 4),
    (1001, 1001, 1000, 'STANDARD_LETTER', 'HK', 20, NULL, NULL, TIMESTAMP WITH TIME ZONE '2026-03-05 10:02:00+00',
     NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 0);

INSERT INTO tracking_number (number, order_id, source, issued_at) VALUES
    ('LA100000011US', 1000, 'RANGE', TIMESTAMP WITH TIME ZONE '2026-03-04 11:00:00+00');

INSERT INTO s10_range (id, service_indicator, country, first_serial, last_serial, next_serial, version) VALUES
    (1000, 'LA', 'US', 10000000, 10999999, 10000002, 1);

INSERT INTO packing_station (station, pending_order_id, pending_since, version) VALUES
    ('bench-1', NULL, NULL, 3),
    ('bench-2', 1001, TIMESTAMP WITH TIME ZONE '2026-03-05 10:30:00+00', 1);

INSERT INTO packing_event (id, station, print_run_id, order_id, kind, letter_scan, label_scan, detail, actor, occurred_at) VALUES
    (1000, 'bench-1', 1000, 1000, 'MISMATCH', 'RP-7K3M9Q2XH', 'LA100000025US', 'Label belongs to another order', 'pack.cy',
     TIMESTAMP WITH TIME ZONE '2026-03-04 15:19:00+00'),
    (1001, 'bench-1', 1000, 1000, 'PACKED', 'RP-7K3M9Q2XH', 'LA100000011US', 'Letter and label match', 'pack.cy',
     TIMESTAMP WITH TIME ZONE '2026-03-04 15:20:00+00');

INSERT INTO email_outbox (id, order_id, reason, send_number, automatic_for_order, template, recipient, message_id,
                          requested_by, request_note, status, queued_at, next_attempt_at, attempt_count, claim_token,
                          claimed_until, settled_at, last_reply, version) VALUES
    (1000, 1000, 'AT_RISK', 0, 1000, 'CODE_AT_RISK', 'wang.xiaoming@example.cn', '<RP-7K3M9Q2XH.at_risk.0@renewalpost.invalid>',
     'system', NULL, 'SENT', TIMESTAMP WITH TIME ZONE '2026-03-04 11:00:00+00', TIMESTAMP WITH TIME ZONE '2026-03-04 11:01:00+00', 2,
     NULL, NULL, TIMESTAMP WITH TIME ZONE '2026-03-04 11:01:02+00', '250 2.0.0 Ok: queued as 4F2A1', 3),
    (1001, 1000, 'SUPPORT', 1, NULL, 'CODE_DELAYED', 'wang.xiaoming@example.cn', '<RP-7K3M9Q2XH.support.1@renewalpost.invalid>',
     'support.dee', 'Customer phoned: letter not arrived', 'PENDING', TIMESTAMP WITH TIME ZONE '2026-03-05 17:00:00+00',
     TIMESTAMP WITH TIME ZONE '2026-03-05 17:00:00+00', 0, 'claim-8c1f', TIMESTAMP WITH TIME ZONE '2026-03-05 17:05:00+00', NULL, NULL, 1);

INSERT INTO email_attempt (id, email_id, attempted_at, outcome, reply) VALUES
    (1000, 1000, TIMESTAMP WITH TIME ZONE '2026-03-04 11:00:30+00', 'TEMPORARY_FAILURE', '421 4.7.0 Try again later'),
    (1001, 1000, TIMESTAMP WITH TIME ZONE '2026-03-04 11:01:02+00', 'ACCEPTED', '250 2.0.0 Ok: queued as 4F2A1');

INSERT INTO staff_account (id, username, display_name, password_hash, roles, enabled, must_change_password, failed_logins,
                           next_login_at, locked_until, sessions_valid_from, created_at, version) VALUES
    (1000, 'admin', 'First administrator', 'PBKDF2WithHmacSHA256:210000:c2FsdHNhbHRzYWx0c2FsdA==:aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaA==',
     'ADMIN', TRUE, FALSE, 0, NULL, NULL, TIMESTAMP WITH TIME ZONE '2026-03-01 08:00:00+00',
     TIMESTAMP WITH TIME ZONE '2026-03-01 08:00:00+00', 2),
    (1001, 'clerk.ana', 'Ana Pereira', 'PBKDF2WithHmacSHA256:210000:b3RoZXJzYWx0b3RoZXJzYQ==:b3RoZXJoYXNob3RoZXJoYXNob3RoZXJoYXNoMTI=',
     'WAREHOUSE,SUPPORT', TRUE, TRUE, 2, TIMESTAMP WITH TIME ZONE '2026-03-05 09:00:02+00', NULL,
     TIMESTAMP WITH TIME ZONE '2026-03-01 08:05:00+00', TIMESTAMP WITH TIME ZONE '2026-03-01 08:05:00+00', 4);

INSERT INTO api_key (id, key_id, name, secret_hash, scope, created_by, created_at, revoked_at, version) VALUES
    (1000, 'rpk_8f2c91d0', 'Web shop order feed', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
     'ORDER_INTAKE', 'admin', TIMESTAMP WITH TIME ZONE '2026-03-01 09:00:00+00', NULL, 0);

INSERT INTO audit_event (id, occurred_at, actor, action, subject, detail, client_address) VALUES
    (1000, TIMESTAMP WITH TIME ZONE '2026-03-01 08:05:00+00', 'admin', 'ACCOUNT_CREATED', 'clerk.ana', 'roles WAREHOUSE,SUPPORT', '127.0.0.1'),
    (1001, TIMESTAMP WITH TIME ZONE '2026-03-05 17:00:00+00', 'support.dee', 'CODE_EMAIL_REQUESTED', 'RP-7K3M9Q2XH',
     'Customer phoned: letter not arrived', '::1'),
    (1002, TIMESTAMP WITH TIME ZONE '2026-03-05 09:00:01+00', 'clerk.ana', 'LOGIN_FAILED', NULL, NULL, '192.0.2.10');

INSERT INTO tracking_event (id, event_key, tracking_number, shipment_id, status, occurred_at, location, description,
                            source, recorded_by, reason, received_at, attached_at, version) VALUES
    (1000, 'usps-evt-55120931', 'LA100000011US', 1000, 'ACCEPTED', TIMESTAMP WITH TIME ZONE '2026-03-05 18:02:00+00',
     'WEEHAWKEN, NJ 07086', 'Accepted at USPS Origin Facility', 'WEBHOOK', 'carrier', NULL,
     TIMESTAMP WITH TIME ZONE '2026-03-05 18:05:00+00', TIMESTAMP WITH TIME ZONE '2026-03-05 18:05:00+00', 0),
    (1001, 'sha256:5e1c0a77d2', 'LA100000011US', 1000, 'ARRIVED_IN_DESTINATION', TIMESTAMP WITH TIME ZONE '2026-03-09 02:30:00+00',
     '北京国际邮件处理中心', NULL, 'CSV', 'support.dee', NULL, TIMESTAMP WITH TIME ZONE '2026-03-09 09:00:00+00',
     TIMESTAMP WITH TIME ZONE '2026-03-09 09:00:00+00', 0),
    (1002, 'usps-evt-55120999', 'LA999999995US', NULL, 'IN_TRANSIT', TIMESTAMP WITH TIME ZONE '2026-03-08 11:00:00+00',
     NULL, 'Unmatched: kept for reconciliation', 'WEBHOOK', 'carrier', NULL, TIMESTAMP WITH TIME ZONE '2026-03-08 11:00:05+00',
     NULL, 0);

INSERT INTO shipment_tracking (shipment_id, order_id, status, status_at, delivered_at, event_count, version) VALUES
    (1000, 1000, 'ARRIVED_IN_DESTINATION', TIMESTAMP WITH TIME ZONE '2026-03-09 02:30:00+00', NULL, 2, 1);

UPDATE activation_code SET voided_at = TIMESTAMP WITH TIME ZONE '2026-03-03 14:00:00+00',
    void_reason = 'Printed on a spoiled letter' WHERE id = 1003;
