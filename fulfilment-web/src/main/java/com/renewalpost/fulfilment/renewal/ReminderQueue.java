package com.renewalpost.fulfilment.renewal;

import com.renewalpost.fulfilment.notifications.EmailQueue;
import com.renewalpost.fulfilment.platform.Clocks;
import com.renewalpost.fulfilment.platform.Message;
import com.renewalpost.mail.RenewalReminder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The reminder job's steps, each its own transaction: find the lines due a reminder today (a look without locks),
 * then for each lock the line, look again and queue the email with its {@link Reminder} row. The row's unique key
 * (line, period, kind) refuses a second reminder whatever runs at once; the line's row lock makes a second job
 * wait and then find the first one's row, and makes an order that arrives meanwhile (it updates the line in its own
 * transaction) either come first (no reminder) or after (the reminder was due when it went).
 */
@ApplicationScoped
@Transactional
public class ReminderQueue {

    /** The timeline's actor for the reminders the job queues. */
    static final String ACTOR = "renewal-reminders";
    /** Lines looked at per query. */
    static final int PAGE = 500;

    /** A line due a reminder, as the look without locks found it. */
    public record Due(long lineId, LocalDate period, long latestOrderId, ReminderRule.Kind kind) {
    }

    @PersistenceContext
    EntityManager em;
    @Inject
    StandingOrders standingOrders;
    @Inject
    Lines lines;
    @Inject
    RenewalTimetable timetable;
    @Inject
    EmailQueue emails;
    @Inject
    Clock clock;

    private final ReminderRule rule;

    @Inject
    public ReminderQueue(@ConfigProperty(name = "fulfilment.renewal.reminder-lead-days", defaultValue = "10") int leadDays,
                         @ConfigProperty(name = "fulfilment.renewal.reminder-last-call", defaultValue = "true") boolean lastCall) {
        this.rule = new ReminderRule(leadDays, lastCall);
    }

    /** For CDI's proxy only. */
    protected ReminderQueue() {
        this.rule = null;
    }

    public ReminderRule rule() {
        return rule;
    }

    /**
     * The lines due a reminder on {@code today}: those with an email whose next expiry is near enough for their
     * latest day to be within the lead days (bounded by the longest delivery standard), by the rule.
     */
    public List<Due> due(LocalDate today) {
        int reach = rule.leadDays() + RenewalTimetable.CARD_IN_HAND_DAYS + 2 * lines.longestTransitDays()
                + timetable.printAndPostDays() + timetable.marginDays();
        List<Due> due = new ArrayList<>();
        for (int first = 0; ; first += PAGE) {
            // in pages: the keys of a page go into IN lists, which databases bound
            var page = em.createQuery("SELECT l FROM RenewalLine l WHERE l.nextExpiresOn BETWEEN :f AND :t "
                            + "AND l.customerEmail <> '' ORDER BY l.id", Line.class)
                    .setParameter("f", today).setParameter("t", today.plusDays(reach))
                    .setFirstResult(first).setMaxResults(PAGE).getResultList();
            if (!page.isEmpty()) {
                due.addAll(due(page, today));
            }
            if (page.size() < PAGE) {
                return due;
            }
        }
    }

    private List<Due> due(List<Line> page, LocalDate today) {
        var keys = page.stream().map(Line::key).toList();
        Set<String> optedOut = new HashSet<>(em.createQuery("SELECT o.lineKey FROM RenewalReminderOptOut o "
                + "WHERE o.lineKey IN :k", String.class).setParameter("k", keys).getResultList());
        var sent = em.createQuery("SELECT r FROM RenewalReminder r WHERE r.lineKey IN :k", Reminder.class)
                .setParameter("k", keys).getResultList();
        var views = lines.views(page);
        List<Due> due = new ArrayList<>();
        for (int i = 0; i < page.size(); i++) {
            var line = page.get(i);
            var period = line.nextExpiresOn().orElseThrow();
            var situation = new ReminderRule.Situation(views.get(i).latestDayToOrder(), line.customerEmail(),
                    optedOut.contains(line.key()), false, kinds(sent, line.key(), period),
                    standingOrders.activeFor(line.key()));
            var order = line.latestOrder().id();
            rule.due(situation, today).ifPresent(kind -> due.add(new Due(line.id(), period, order, kind)));
        }
        return due;
    }

    /** Locks the line, looks again and queues the reminder if it is still due; what it queued. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<ReminderRule.Kind> queueIfStillDue(Due found, LocalDate today) {
        var line = em.find(Line.class, found.lineId(), LockModeType.PESSIMISTIC_WRITE);
        if (line == null || line.nextExpiresOn().isEmpty()) {
            return Optional.empty();
        }
        var view = lines.views(List.of(line)).get(0);
        var period = found.period();
        boolean orderedSince = ReminderRule.orderedSince(found.latestOrderId(), period, line.latestOrder().id(),
                line.nextExpiresOn().get());
        var sent = em.createQuery("SELECT r FROM RenewalReminder r WHERE r.lineKey = :k AND r.period = :p",
                        Reminder.class).setParameter("k", line.key()).setParameter("p", period).getResultList();
        var situation = new ReminderRule.Situation(view.latestDayToOrder(), line.customerEmail(),
                em.find(ReminderOptOut.class, line.key()) != null, orderedSince, kinds(sent, line.key(), period),
                standingOrders.activeFor(line.key()));
        var kind = rule.due(situation, today);
        if (kind.isEmpty()) {
            return Optional.empty();
        }
        var latestDay = view.latestDayToOrder().date();
        var email = emails.queueReminder(line.latestOrder(), note(kind.get(), period),
                Message.of("email.reminder." + kind.get().name(), "…" + RenewalReminder.lastFourOf(line.key()),
                        period.toString(), latestDay.toString()), ACTOR);
        em.flush();
        em.persist(new Reminder(line.key(), period, kind.get(), Clocks.now(clock), email.id()));
        em.flush();
        return kind;
    }

    /** The reminders a line was sent, newest first (support's line page). */
    public List<Reminder> sentFor(String lineKey) {
        return em.createQuery("SELECT r FROM RenewalReminder r WHERE r.lineKey = :k ORDER BY r.queuedAt DESC, r.id DESC",
                Reminder.class).setParameter("k", lineKey).getResultList();
    }

    /** What the outbox keeps with the email, for {@link ReminderEmails} to write it again at each attempt. */
    static String note(ReminderRule.Kind kind, LocalDate period) {
        return kind.name() + " " + period;
    }

    private static Set<ReminderRule.Kind> kinds(List<Reminder> sent, String key, LocalDate period) {
        var kinds = EnumSet.noneOf(ReminderRule.Kind.class);
        sent.stream().filter(r -> r.lineKey().equals(key) && r.period().equals(period)).forEach(r -> kinds.add(r.kind()));
        return kinds;
    }
}
