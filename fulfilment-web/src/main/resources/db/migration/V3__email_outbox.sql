-- Renewal Post schema, version 3: the customer-email outbox and its delivery attempts.
-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL 15.
--
-- A row is written in the same transaction as the change that causes it (a letter found late,
-- a code allocated to an order whose plan is about to expire, a support request) and sent later
-- by the outbox worker. The message itself is not stored: it holds the activation code, so it
-- is rendered again at each attempt from the order and the encrypted code stock.

CREATE SEQUENCE email_outbox_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE email_attempt_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE email_outbox (
    id                    BIGINT PRIMARY KEY,
    order_id              BIGINT        NOT NULL REFERENCES customer_order (id),
    -- why the code is emailed: DELAYED and AT_RISK are automatic, SUPPORT is asked for by a person
    reason                VARCHAR(20)   NOT NULL,
    -- 0 for automatic emails; support requests of one order are numbered 1, 2, ...
    send_number           INTEGER       NOT NULL,
    -- the order id for automatic emails, NULL for support requests: with the unique constraint
    -- below an order gets at most one automatic code email, whatever the reason
    automatic_for_order   BIGINT,
    -- which mail-templates email is rendered (CODE_DELAYED, CODE_AT_RISK)
    template              VARCHAR(30)   NOT NULL,
    recipient             VARCHAR(254)  NOT NULL,
    -- stable across retries, so a resend after an unknown outcome is recognisable as a duplicate
    message_id            VARCHAR(200)  NOT NULL,
    requested_by          VARCHAR(100)  NOT NULL,
    request_note          VARCHAR(500),
    status                VARCHAR(20)   NOT NULL,
    queued_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    next_attempt_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    attempt_count         INTEGER       NOT NULL,
    -- a worker owns the row while claim_token is set and claimed_until has not passed
    claim_token           VARCHAR(40),
    claimed_until         TIMESTAMP WITH TIME ZONE,
    settled_at            TIMESTAMP WITH TIME ZONE,
    last_reply            VARCHAR(500),
    version               BIGINT        NOT NULL,
    CONSTRAINT email_outbox_reason_unique UNIQUE (order_id, reason, send_number),
    CONSTRAINT email_outbox_one_automatic UNIQUE (automatic_for_order),
    CONSTRAINT email_outbox_message_id_unique UNIQUE (message_id),
    CONSTRAINT email_outbox_reason_check CHECK (reason IN ('DELAYED', 'AT_RISK', 'SUPPORT')),
    -- (IS NOT NULL spelled out: a CHECK that comes out NULL lets the row in)
    CONSTRAINT email_outbox_number_check CHECK (
        (reason = 'SUPPORT' AND send_number > 0 AND automatic_for_order IS NULL)
        OR (reason <> 'SUPPORT' AND send_number = 0 AND automatic_for_order IS NOT NULL
            AND automatic_for_order = order_id)),
    CONSTRAINT email_outbox_status_check CHECK (status IN ('PENDING', 'SENT', 'FAILED')),
    CONSTRAINT email_outbox_claim_check CHECK ((claim_token IS NULL) = (claimed_until IS NULL))
);
CREATE INDEX email_outbox_due_idx ON email_outbox (status, next_attempt_at);
CREATE INDEX email_outbox_order_idx ON email_outbox (order_id);

-- One row per delivery attempt: when, how it ended, what the server replied. Never the message.
CREATE TABLE email_attempt (
    id            BIGINT PRIMARY KEY,
    email_id      BIGINT        NOT NULL REFERENCES email_outbox (id),
    attempted_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    outcome       VARCHAR(30)   NOT NULL,
    reply         VARCHAR(500),
    CONSTRAINT email_attempt_outcome_check CHECK (outcome IN ('ACCEPTED', 'TEMPORARY_FAILURE', 'PERMANENT_FAILURE'))
);
CREATE INDEX email_attempt_email_idx ON email_attempt (email_id, attempted_at);
