-- Renewal Post schema, version 14: what customers read about a product, per language served
-- (en, zh-Hans, zh-Hant, ja, es): its name and plan description on the letter and in the emails.
-- A language without a row reads the English row, and without that the product's own name.
-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL 15.
CREATE SEQUENCE product_translation_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE product_translation (
    id               BIGINT PRIMARY KEY,
    product_id       BIGINT       NOT NULL,
    language         VARCHAR(10)  NOT NULL,
    name             VARCHAR(100) NOT NULL,
    plan_description VARCHAR(200) NOT NULL,
    version          BIGINT       NOT NULL,
    CONSTRAINT product_translation_product_fk FOREIGN KEY (product_id) REFERENCES product (id),
    CONSTRAINT product_translation_unique UNIQUE (product_id, language),
    CONSTRAINT product_translation_language_check CHECK (language IN ('en', 'zh-Hans', 'zh-Hant', 'ja', 'es'))
);
