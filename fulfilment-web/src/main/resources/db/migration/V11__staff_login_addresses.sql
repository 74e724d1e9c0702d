-- The addresses each staff account has logged in from (the latest few): failed logins from any
-- other address slow down that address's attempts, never the owner's (staff.LoginGuard).
CREATE SEQUENCE staff_login_address_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE staff_login_address (
    id              BIGINT PRIMARY KEY,
    account_id      BIGINT        NOT NULL REFERENCES staff_account (id),
    address         VARCHAR(64)   NOT NULL,
    last_login_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT staff_login_address_unique UNIQUE (account_id, address)
);
