package com.renewalpost.fulfilment.notifications;

import com.renewalpost.fulfilment.dispatch.LetterPosted;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * A posted letter whose eSIM code asks for a confirmation code: the confirmation code goes by email, queued in the
 * posting's own transaction, so that the letter alone (stolen, say) activates nothing.
 */
@ApplicationScoped
public class ConfirmationAtPosting {

    @Inject
    EmailQueue queue;

    void onPosted(@Observes LetterPosted posted) {
        queue.queueConfirmationIfNeeded(posted.order(), posted.actor());
    }
}
