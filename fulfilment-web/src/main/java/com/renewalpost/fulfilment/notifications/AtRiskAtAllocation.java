package com.renewalpost.fulfilment.notifications;

import com.renewalpost.fulfilment.codes.CodeAllocated;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * An order whose plan is already about to expire when its code is allocated gets the code by
 * email right away, queued in the allocation's own transaction: both happen or neither.
 */
@ApplicationScoped
public class AtRiskAtAllocation {

    @Inject
    EmailQueue queue;

    void onAllocated(@Observes CodeAllocated allocated) {
        queue.queueIfDue(allocated.order(), allocated.actor());
    }
}
