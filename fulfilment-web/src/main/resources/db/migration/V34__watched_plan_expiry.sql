-- Renewal Post schema, version 34: the at-risk check reads only the orders it has still to decide (issue 18).
--   customer_order.plan_expiry_watched: the plan's last day while the order may still need its automatic code email
--     (no automatic email queued yet, neither delivered nor cancelled); NULL otherwise. Written with the order
--     (orders.Order), cleared by the automatic code email and by the moves to DELIVERED and CANCELLED. The at-risk
--     check (notifications.CodeEmailCandidates) reads one range of it: before, its range of plan_expires_on held
--     every order whose plan had ever expired, and grew with every day of business.
ALTER TABLE customer_order ADD COLUMN plan_expiry_watched DATE;

UPDATE customer_order SET plan_expiry_watched = plan_expires_on
 WHERE plan_expires_on IS NOT NULL AND status NOT IN ('DELIVERED', 'CANCELLED')
   AND NOT EXISTS (SELECT 1 FROM email_outbox e WHERE e.automatic_for_order = customer_order.id);

CREATE INDEX order_plan_watch_idx ON customer_order (plan_expiry_watched);
-- every query by status alone is served by the indexes that start with it (order_queue_idx, order_standard_ends_idx,
-- order_posted_on_idx); dropping this one keeps what each new order and each move writes as it was
DROP INDEX order_status_idx;
