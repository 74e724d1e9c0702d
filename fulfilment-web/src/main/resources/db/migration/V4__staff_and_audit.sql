-- Staff accounts, integration API keys and the audit log.

CREATE SEQUENCE staff_account_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE api_key_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE audit_event_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE staff_account (
    id                    BIGINT PRIMARY KEY,
    username              VARCHAR(60)   NOT NULL,
    display_name          VARCHAR(200)  NOT NULL,
    password_hash         VARCHAR(300)  NOT NULL,
    roles                 VARCHAR(100)  NOT NULL,
    enabled               BOOLEAN       NOT NULL,
    must_change_password  BOOLEAN       NOT NULL,
    failed_logins         INTEGER       NOT NULL,
    next_login_at         TIMESTAMP WITH TIME ZONE,
    locked_until          TIMESTAMP WITH TIME ZONE,
    -- sessions opened before this moment are no longer honoured (disable, password change)
    sessions_valid_from   TIMESTAMP WITH TIME ZONE NOT NULL,
    created_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    version               BIGINT        NOT NULL,
    CONSTRAINT staff_username_unique UNIQUE (username)
);

-- The secret of a key is never stored: only its SHA-256 (keys are 256 random bits, so a fast hash is enough).
CREATE TABLE api_key (
    id            BIGINT PRIMARY KEY,
    key_id        VARCHAR(20)   NOT NULL,
    name          VARCHAR(100)  NOT NULL,
    secret_hash   CHAR(64)      NOT NULL,
    scope         VARCHAR(40)   NOT NULL,
    created_by    VARCHAR(60)   NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked_at    TIMESTAMP WITH TIME ZONE,
    version       BIGINT        NOT NULL,
    CONSTRAINT api_key_id_unique UNIQUE (key_id)
);

-- Append-only: the application only ever inserts here.
CREATE TABLE audit_event (
    id              BIGINT PRIMARY KEY,
    occurred_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    actor           VARCHAR(100)  NOT NULL,
    action          VARCHAR(40)   NOT NULL,
    subject         VARCHAR(200),
    detail          VARCHAR(1000),
    client_address  VARCHAR(64)
);
CREATE INDEX audit_event_time_idx ON audit_event (occurred_at);
CREATE INDEX audit_event_action_idx ON audit_event (action, occurred_at);
