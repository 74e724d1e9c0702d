package com.renewalpost.fulfilment.tracking;

import com.renewalpost.fulfilment.orders.TrackingNumber;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.logging.Logger;

/**
 * Attaches events that arrived before their letter had its tracking number (a pre-printed label
 * attached at packing, a number keyed in late). Each number in its own transaction; several
 * instances may run it at once: the order's lock and the "still unattached" condition make the
 * second one find nothing left.
 */
@ApplicationScoped
public class Reconciliation {

    private static final Logger LOG = Logger.getLogger(Reconciliation.class.getName());

    public record Result(int trackingNumbers, int eventsAttached) {
    }

    @Inject
    TrackingEvents events;

    public Result run() {
        int numbers = 0;
        int attached = 0;
        for (var number : events.reconcilable()) {
            var parsed = TrackingNumber.parse(number);
            if (parsed.isEmpty()) {
                continue;
            }
            int count = events.reconcile(parsed.get());
            if (count > 0) {
                numbers++;
                attached += count;
            }
        }
        if (attached > 0) {
            int n = numbers;
            int a = attached;
            LOG.info(() -> "Tracking reconciliation attached " + a + " waiting events to " + n + " letters");
        }
        return new Result(numbers, attached);
    }
}
