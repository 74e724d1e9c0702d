package com.renewalpost.fulfilment.renewal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The standing orders' job: every active standing order whose day has come gets its period's order, each in its own
 * transaction. Running it twice, or on several instances at once, orders nothing twice (see
 * {@link StandingOrders#orderIfDue}). Scheduled by {@link StandingOrderSchedule}; tests call {@link #run()}.
 */
@ApplicationScoped
public class StandingOrderRun {

    private static final Logger LOG = Logger.getLogger(StandingOrderRun.class.getName());

    @Inject
    StandingOrders standingOrders;

    /** Runs the job once; returns how many orders it made. */
    public int run() {
        var ids = standingOrders.activeIds();
        int ordered = 0;
        for (long id : ids) {
            try {
                if (standingOrders.orderIfDue(id).isPresent()) {
                    ordered++;
                }
            } catch (RuntimeException e) {
                // e.g. the product is no longer on sale: the intake refuses the order; the next run tries again.
                // The id and the type only: the message may name the customer.
                LOG.log(Level.WARNING, () -> "Standing order " + id + " not ordered this run: " + e.getClass().getName());
            }
        }
        int made = ordered;
        LOG.info(() -> "Standing orders: looked at " + ids.size() + " active, " + made + " order(s) made");
        return ordered;
    }
}
