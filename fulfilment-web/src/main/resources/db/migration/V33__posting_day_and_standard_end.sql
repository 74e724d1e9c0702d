-- Renewal Post schema, version 33: the delay check reads only the letters whose delivery standard has run out
-- (notifications.CodeEmailCandidates, issue 18), not every letter posted before the shortest standard.
--   customer_order.posted_on: the day the letter was handed to the post, the order's one posting date. Written with
--     the transition to POSTED (Order.post): the dispatch's posting date, as on its shipment, or the day of the move
--     for an order posted without a dispatch. Filled here from the shipment, else from the timeline's transition.
--   customer_order.standard_ends_on: while the letter is in the post (POSTED) and has no automatic code email yet,
--     the last day of its delivery standard: posted_on + the days in use for its destination and service (learned,
--     else set; the grace days are not in it, so that the grace setting applies as the check runs). NULL otherwise:
--     cleared by the automatic code email and by the move out of POSTED; recomputed for the letters in the post when
--     learning changes a standard (orders.DeliveryStandards.standardsChanged). A migration that changes delivery
--     standards must recompute it too.
ALTER TABLE customer_order ADD COLUMN posted_on DATE;
ALTER TABLE customer_order ADD COLUMN standard_ends_on DATE;

UPDATE customer_order SET posted_on = COALESCE(
    (SELECT MAX(s.posted_on) FROM shipment s WHERE s.order_id = customer_order.id),
    (SELECT CAST(MAX(t.occurred_at) AT TIME ZONE 'UTC' AS DATE) FROM order_timeline t
      WHERE t.order_id = customer_order.id AND t.kind = 'TRANSITION' AND t.to_status = 'POSTED'))
 WHERE status IN ('POSTED', 'DELIVERED', 'RETURNED', 'LOST');

UPDATE customer_order SET standard_ends_on = posted_on + COALESCE(
    (SELECT COALESCE(own.learned_days, own.transit_days) FROM delivery_standard own
      WHERE own.destination = customer_order.address_country AND own.service = customer_order.postal_service),
    (SELECT COALESCE(dflt.learned_days, dflt.transit_days) FROM delivery_standard dflt
      WHERE dflt.destination = '*' AND dflt.service = customer_order.postal_service),
    14)
 WHERE status = 'POSTED' AND posted_on IS NOT NULL
   AND NOT EXISTS (SELECT 1 FROM email_outbox e WHERE e.automatic_for_order = customer_order.id);

-- "posted, standard ended before" is one range of this index, holding only the letters the check has still to
-- decide (the check gives the range a lower bound too: H2 sorts the NULLs of the decided letters first)
CREATE INDEX order_standard_ends_idx ON customer_order (status, standard_ends_on);
-- the late-letter report's "posted before" (notifications.LateLetterReport), one range too
CREATE INDEX order_posted_on_idx ON customer_order (status, posted_on);
-- V31's index of the timeline's posting transitions served only the delay check and the late-letter report, which
-- read the order's posting day now; every timeline line paid for keeping it
DROP INDEX order_timeline_posted_idx;
