package com.renewalpost.fulfilment.renewal;

import com.renewalpost.fulfilment.platform.WarehouseCalendar;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The reminder job ({@link ReminderSchedule} runs it; tests call {@link #run()}): every line due a renewal reminder
 * on the warehouse's today gets it, each line in its own transaction. Running it twice, or on several instances
 * at once, queues nothing twice ({@link ReminderQueue}).
 */
@ApplicationScoped
public class RenewalReminders {

    private static final Logger LOG = Logger.getLogger(RenewalReminders.class.getName());

    @Inject
    ReminderQueue queue;
    @Inject
    UnsubscribeKey key;
    @Inject
    WarehouseCalendar calendar;

    /** Runs the job once; how many reminders it queued. */
    public int run() {
        if (key.tokens().isEmpty()) {
            LOG.warning(() -> "Renewal reminders are off: no " + UnsubscribeKey.SETTING
                    + " is configured (every reminder carries a signed unsubscribe link)");
            return 0;
        }
        var today = calendar.today();
        var due = queue.due(today);
        int queued = 0;
        for (var line : due) {
            try {
                if (queue.queueIfStillDue(line, today).isPresent()) {
                    queued++;
                }
            } catch (RuntimeException e) {
                // another instance queued it between our look and our insert: the unique key refused ours
                LOG.log(Level.FINE, () -> "Line id " + line.lineId() + " not reminded now: " + e.getClass().getName());
            }
        }
        int reminders = queued;
        // counts only: no line or customer in the log
        LOG.info(() -> "Renewal reminders: " + due.size() + " line(s) due, " + reminders + " reminder(s) queued");
        return queued;
    }
}
