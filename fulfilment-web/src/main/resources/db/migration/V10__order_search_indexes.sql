-- Renewal Post schema, version 10: indexes for the staff pages' order search, which pages through
-- orders newest first (optionally of one destination) instead of reading them all.
-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL 15.

-- "newest first, page N": the order of the search and of its lazy table
CREATE INDEX order_created_idx ON customer_order (created_at, id);
-- "orders to Japan, newest first"
CREATE INDEX order_country_created_idx ON customer_order (address_country, created_at);
