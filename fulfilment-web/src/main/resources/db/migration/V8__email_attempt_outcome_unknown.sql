-- Renewal Post schema, version 8: a delivery attempt may end without a verdict. When the connection
-- breaks after the whole message went out and before the server answered, the server may or may not
-- have it: OUTCOME_UNKNOWN. The email is tried again like after a temporary failure, with the same
-- Message-ID, so a second copy is recognisable; the attempt says the customer may receive it twice.
-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL 15.

ALTER TABLE email_attempt DROP CONSTRAINT email_attempt_outcome_check;
ALTER TABLE email_attempt ADD CONSTRAINT email_attempt_outcome_check
    CHECK (outcome IN ('ACCEPTED', 'TEMPORARY_FAILURE', 'OUTCOME_UNKNOWN', 'PERMANENT_FAILURE'));
