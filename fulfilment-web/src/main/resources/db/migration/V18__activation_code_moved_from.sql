-- A code a reship moved to the replacement order remembers the order it came from: a code email that
-- order's customer was promised (queued before the letter was found lost) still sends it.
ALTER TABLE activation_code ADD COLUMN moved_from_order_id BIGINT;
CREATE INDEX activation_code_moved_from_idx ON activation_code (moved_from_order_id);
