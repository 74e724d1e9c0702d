-- Renewal Post schema, version 31: indexes for the delay check (notifications.CodeEmailCandidates), so that it reads
-- only the letters posted long enough ago to be late and the plans expiring soon, not every order.
-- The posting transition: status and kind first, then the time, so that "posted before" is one index range (with
-- the order, so that the range alone answers it).
CREATE INDEX order_timeline_posted_idx ON order_timeline (to_status, kind, occurred_at, order_id);
CREATE INDEX order_plan_expiry_idx ON customer_order (plan_expires_on);
