package com.renewalpost.fulfilment.notifications;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Duration;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * Sends what is due in the outbox: claim a row, render it, hand it to the SMTP server, record
 * the outcome. Each step is its own short transaction, and no transaction is open while the
 * server is talked to. Any number of workers (threads, instances) may run at once: the claim is
 * a conditional update in the database, so each attempt has exactly one worker.
 */
@ApplicationScoped
public class OutboxWorker {

    private static final Logger LOG = Logger.getLogger(OutboxWorker.class.getName());
    private static final int BATCH = 20;
    /**
     * How long a claim holds. Far longer than one send can take (connect, a few commands, each
     * bounded by the SMTP timeout), so a claim only lapses when its worker died mid-send.
     */
    private static final Duration MIN_LEASE = Duration.ofMinutes(10);
    private static final int SMTP_STEPS = 10;

    @Inject
    EmailSending sending;
    @Inject
    SmtpMailer mailer;

    /** One pass over the due emails; returns how many attempts it made. */
    public int sendDue() {
        var lease = lease();
        int attempts = 0;
        while (true) {
            var due = sending.due(BATCH);
            int claimed = 0;
            for (long id : due) {
                var token = UUID.randomUUID().toString();
                if (!sending.claim(id, token, lease)) {
                    continue; // another worker was quicker
                }
                claimed++;
                sending.settle(id, token, attempt(id));
                attempts++;
            }
            if (due.size() < BATCH || claimed == 0) {
                return attempts;
            }
        }
    }

    private SmtpOutcome attempt(long id) {
        CodeEmailMessages.Composition composition;
        try {
            composition = sending.compose(id, mailer.session());
        } catch (RuntimeException e) {
            // e.g. the database went away: try again later like any other temporary failure
            LOG.warning(() -> "Could not prepare outbox email " + id + ": " + e.getClass().getName());
            return new SmtpOutcome.TemporaryFailure("could not prepare the message (" + e.getClass().getSimpleName() + ")");
        }
        if (composition instanceof CodeEmailMessages.Ready ready) {
            return mailer.send(ready.message());
        }
        return new SmtpOutcome.PermanentFailure(((CodeEmailMessages.Unsendable) composition).why());
    }

    private Duration lease() {
        var bySmtp = mailer.settings().timeout().multipliedBy(SMTP_STEPS);
        return bySmtp.compareTo(MIN_LEASE) > 0 ? bySmtp : MIN_LEASE;
    }
}
