-- Renewal Post schema, version 13: the print queue is counted and paged in the database instead
-- of being read whole. Orders at risk are the queued ones whose plan expires soon: this index
-- hands over only those, and the queue's page query reads the queued orders by it.
-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL 15.
CREATE INDEX order_queue_idx ON customer_order (status, plan_expires_on);
