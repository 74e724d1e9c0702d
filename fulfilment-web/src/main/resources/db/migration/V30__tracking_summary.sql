-- The customers' tracking lookup reads what it shows from two rows kept in step with the changes
-- themselves, not from the whole timeline and every event of the letter (issue 18):
--   customer_order.milestones: when the order first reached each status (holds left out), oldest
--     first, "STATUS@epoch-seconds;..." (orders.Milestones), written by every transition;
--   shipment_tracking.observed: each event's status and time, "STATUS@epoch-seconds;...", written
--     with the status the letter derives, one event at a time, by tracking.TrackingEvents.
-- Both are filled here for existing rows from order_timeline and tracking_event.
ALTER TABLE customer_order ADD COLUMN milestones VARCHAR(4000);
ALTER TABLE shipment_tracking ADD COLUMN observed VARCHAR(1000000);

UPDATE customer_order SET milestones = (
    SELECT STRING_AGG(t.to_status || '@' || CAST(EXTRACT(EPOCH FROM t.occurred_at) AS VARCHAR(40)), ';'
                      ORDER BY t.occurred_at, t.id)
      FROM order_timeline t
     WHERE t.order_id = customer_order.id AND t.kind = 'TRANSITION' AND t.to_status <> 'ON_HOLD'
       AND NOT EXISTS (SELECT 1 FROM order_timeline f
                        WHERE f.order_id = t.order_id AND f.kind = 'TRANSITION' AND f.to_status = t.to_status
                          AND (f.occurred_at < t.occurred_at OR (f.occurred_at = t.occurred_at AND f.id < t.id))));

UPDATE shipment_tracking SET observed = (
    SELECT STRING_AGG(e.status || '@' || CAST(EXTRACT(EPOCH FROM e.occurred_at) AS VARCHAR(40)), ';'
                      ORDER BY e.occurred_at, e.id)
      FROM tracking_event e
     WHERE e.shipment_id = shipment_tracking.shipment_id);
