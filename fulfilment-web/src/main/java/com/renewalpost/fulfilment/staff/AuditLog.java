package com.renewalpost.fulfilment.staff;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The append-only record of sensitive acts. Writing joins the caller's transaction, so an act
 * and its trace commit together; failed logins, which have no transaction of their own, get one.
 */
@ApplicationScoped
public class AuditLog {

    @PersistenceContext
    EntityManager em;
    @Inject
    Clock clock;
    @Inject
    RequestOrigin origin;

    @Transactional
    public void record(String actor, AuditAction action, String subject, String detail) {
        em.persist(new AuditEvent(OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC), actor, action,
                subject, detail, origin.clientAddress()));
    }

    /** Newest first; {@code text} matches actor, subject or detail, {@code action} the act. */
    @Transactional
    public List<AuditEvent> search(String text, AuditAction action, int page, int size) {
        var jpql = new StringBuilder("SELECT e FROM AuditEvent e WHERE 1 = 1");
        if (action != null) {
            jpql.append(" AND e.action = :action");
        }
        if (text != null && !text.isBlank()) {
            jpql.append(" AND (LOWER(e.actor) LIKE :text OR LOWER(e.subject) LIKE :text OR LOWER(e.detail) LIKE :text)");
        }
        var query = em.createQuery(jpql + " ORDER BY e.occurredAt DESC, e.id DESC", AuditEvent.class);
        if (action != null) {
            query.setParameter("action", action.name());
        }
        if (text != null && !text.isBlank()) {
            query.setParameter("text", "%" + text.strip().toLowerCase().replace("%", "").replace("_", "") + "%");
        }
        return query.setFirstResult(page * size).setMaxResults(size).getResultList();
    }
}
