package com.renewalpost.fulfilment.staff;

import com.renewalpost.fulfilment.platform.Clocks;
import com.renewalpost.fulfilment.platform.Message;
import com.renewalpost.fulfilment.platform.Text;
import com.renewalpost.fulfilment.platform.Verbatim;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

/**
 * The append-only record of sensitive acts. Writing joins the caller's transaction, so an act
 * and its trace commit together; failed logins, which have no transaction of their own, get one.
 */
@ApplicationScoped
@Transactional
public class AuditLog {

    @PersistenceContext
    EntityManager em;
    @Inject
    Clock clock;
    @Inject
    RequestOrigin origin;

    /** An act with the system's words about it, read later in each reader's language. */
    @Transactional
    public void record(String actor, AuditAction action, String subject, Message detail) {
        write(actor, action, subject, detail);
    }

    /** An act with a person's words about it (a reason, a note), kept as written. */
    @Transactional
    public void record(String actor, AuditAction action, String subject, String personsWords) {
        write(actor, action, subject, personsWords == null ? null : new Verbatim(personsWords));
    }

    /** An act that needs no words. */
    @Transactional
    public void record(String actor, AuditAction action, String subject) {
        write(actor, action, subject, null);
    }

    private void write(String actor, AuditAction action, String subject, Text detail) {
        em.persist(new AuditEvent(Clocks.now(clock), actor, action,
                subject, detail, origin.clientAddress()));
    }

    /** For acts seen in a request but written later (a tally of refused logins): the address is given. */
    @Transactional
    public void recordFrom(String clientAddress, String actor, AuditAction action, String subject, Message detail) {
        em.persist(new AuditEvent(Clocks.now(clock), actor, action,
                subject, detail, clientAddress));
    }

    /**
     * What to look for; every part may be null. {@code text} matches actor, subject or detail,
     * {@code actor} is one username (any case), {@code action} the act, and {@code from}
     * (inclusive) to {@code until} (exclusive) the time.
     */
    public record Filter(String text, String actor, AuditAction action, OffsetDateTime from, OffsetDateTime until) {
        public static final Filter ALL = new Filter(null, null, null, null, null);

        /** The days {@code fromDay} to {@code toDay}, both included, as the calendar of {@code zone} has them. */
        public static Filter ofDays(String text, String actor, AuditAction action, java.time.LocalDate fromDay,
                                    java.time.LocalDate toDay, java.time.ZoneId zone) {
            return new Filter(text, actor, action,
                    fromDay == null ? null : fromDay.atStartOfDay(zone).toOffsetDateTime(),
                    toDay == null ? null : toDay.plusDays(1).atStartOfDay(zone).toOffsetDateTime());
        }
    }

    /** Newest first; {@code text} matches actor, subject or detail, {@code action} the act. */
    @Transactional
    public List<AuditEvent> search(String text, AuditAction action, int page, int size) {
        return search(new Filter(text, null, action, null, null), page * size, size);
    }

    /** A page of the matching events, newest first, from the {@code first}-th. */
    @Transactional
    public List<AuditEvent> search(Filter filter, int first, int max) {
        var query = em.createQuery("SELECT e FROM AuditEvent e WHERE " + where(filter)
                + " ORDER BY e.occurredAt DESC, e.id DESC", AuditEvent.class);
        bind(filter, query);
        return query.setFirstResult(first).setMaxResults(max).getResultList();
    }

    /** How many events match, for paging. */
    @Transactional
    public long count(Filter filter) {
        var query = em.createQuery("SELECT COUNT(e) FROM AuditEvent e WHERE " + where(filter), Long.class);
        bind(filter, query);
        return query.getSingleResult();
    }

    private static String where(Filter f) {
        var jpql = new StringBuilder("1 = 1");
        if (f.action() != null) {
            jpql.append(" AND e.action = :action");
        }
        if (present(f.text())) {
            jpql.append(" AND (LOWER(e.actor) LIKE :text OR LOWER(e.subject) LIKE :text OR LOWER(e.detail) LIKE :text)");
        }
        if (present(f.actor())) {
            jpql.append(" AND LOWER(e.actor) = :actor");
        }
        if (f.from() != null) {
            jpql.append(" AND e.occurredAt >= :from");
        }
        if (f.until() != null) {
            jpql.append(" AND e.occurredAt < :until");
        }
        return jpql.toString();
    }

    private static void bind(Filter f, jakarta.persistence.Query query) {
        if (f.action() != null) {
            query.setParameter("action", f.action().name());
        }
        if (present(f.text())) {
            query.setParameter("text", "%" + f.text().strip().toLowerCase(Locale.ROOT).replace("%", "")
                    .replace("_", "") + "%");
        }
        if (present(f.actor())) {
            query.setParameter("actor", f.actor().strip().toLowerCase(Locale.ROOT));
        }
        if (f.from() != null) {
            query.setParameter("from", f.from().withOffsetSameInstant(ZoneOffset.UTC));
        }
        if (f.until() != null) {
            query.setParameter("until", f.until().withOffsetSameInstant(ZoneOffset.UTC));
        }
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}
