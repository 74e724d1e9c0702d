-- Renewal Post schema, version 27: renewal reminders. One row per reminder queued: a line gets at most one of each
-- kind (FIRST, some days before the latest day to order; LAST, on the latest day itself) per period, the period being
-- the line's next expiry when the reminder was due. The unique key, not the job, is what makes a second run or a
-- second instance unable to send twice; the email itself is a row of the one outbox (reason REMINDER).
-- Customers who asked for no more reminders are kept by line key (the renewal_line row may go and come back when
-- orders are cancelled; the choice must outlive it).
-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL 15.
CREATE SEQUENCE renewal_reminder_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE renewal_reminder (
    id          BIGINT PRIMARY KEY,
    line_key    VARCHAR(20) NOT NULL,
    period      DATE        NOT NULL,
    kind        VARCHAR(10) NOT NULL,
    queued_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    email_id    BIGINT      NOT NULL REFERENCES email_outbox (id),
    CONSTRAINT renewal_reminder_once UNIQUE (line_key, period, kind),
    CONSTRAINT renewal_reminder_kind_check CHECK (kind IN ('FIRST', 'LAST'))
);

CREATE TABLE renewal_reminder_optout (
    line_key          VARCHAR(20) PRIMARY KEY,
    unsubscribed_at   TIMESTAMP WITH TIME ZONE NOT NULL
);

-- The reminder is an outbox email of the line's latest order, numbered like support's (never the order's one
-- automatic code email); it carries no code.
ALTER TABLE email_outbox DROP CONSTRAINT email_outbox_reason_check;
ALTER TABLE email_outbox DROP CONSTRAINT email_outbox_number_check;
ALTER TABLE email_outbox ADD CONSTRAINT email_outbox_reason_check
    CHECK (reason IN ('DELAYED', 'AT_RISK', 'SUPPORT', 'REPLACEMENT', 'BALANCE_DUE', 'CONFIRMATION', 'REMINDER'));
ALTER TABLE email_outbox ADD CONSTRAINT email_outbox_number_check CHECK (
    (reason IN ('SUPPORT', 'REPLACEMENT', 'BALANCE_DUE', 'CONFIRMATION', 'REMINDER') AND send_number > 0 AND automatic_for_order IS NULL)
    OR (reason NOT IN ('SUPPORT', 'REPLACEMENT', 'BALANCE_DUE', 'CONFIRMATION', 'REMINDER') AND send_number = 0 AND automatic_for_order IS NOT NULL
        AND automatic_for_order = order_id));
