-- SGP.22 confirmation codes: a code whose string ends in the confirmation flag ($1) is imported with the
-- confirmation code its phone will ask for, encrypted like the code itself (same cipher, same key ring).
-- confirmation_required mirrors the flag so that allocation can keep such codes from orders without an
-- email address (the confirmation code goes by email) without decrypting anything.
ALTER TABLE activation_code ADD COLUMN confirmation_ciphertext VARCHAR(600);
ALTER TABLE activation_code ADD COLUMN confirmation_required BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE activation_code ADD CONSTRAINT code_confirmation_check
    CHECK (confirmation_required = (confirmation_ciphertext IS NOT NULL));

-- The confirmation-code email goes through the one outbox, once per order (send number 1), like the
-- replacement email: it is not the order's automatic code email.
-- (the lists keep V25's BALANCE_DUE.)
ALTER TABLE email_outbox DROP CONSTRAINT email_outbox_reason_check;
ALTER TABLE email_outbox DROP CONSTRAINT email_outbox_number_check;
ALTER TABLE email_outbox ADD CONSTRAINT email_outbox_reason_check
    CHECK (reason IN ('DELAYED', 'AT_RISK', 'SUPPORT', 'REPLACEMENT', 'BALANCE_DUE', 'CONFIRMATION'));
ALTER TABLE email_outbox ADD CONSTRAINT email_outbox_number_check CHECK (
    (reason IN ('SUPPORT', 'REPLACEMENT', 'BALANCE_DUE', 'CONFIRMATION') AND send_number > 0 AND automatic_for_order IS NULL)
    OR (reason NOT IN ('SUPPORT', 'REPLACEMENT', 'BALANCE_DUE', 'CONFIRMATION') AND send_number = 0 AND automatic_for_order IS NOT NULL
        AND automatic_for_order = order_id));
