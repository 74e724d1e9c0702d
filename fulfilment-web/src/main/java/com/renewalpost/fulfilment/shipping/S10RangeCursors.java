package com.renewalpost.fulfilment.shipping;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.Optional;

/** The cursor rows of the configured ranges: found (and locked), or made on first use. */
@ApplicationScoped
@Transactional
public class S10RangeCursors {

    @PersistenceContext
    EntityManager em;

    public Optional<S10RangeCursor> find(S10Range range, boolean lock) {
        var query = em.createQuery("SELECT c FROM S10RangeCursor c WHERE c.serviceIndicator = :s AND c.country = :c "
                        + "AND c.firstSerial = :f AND c.lastSerial = :l", S10RangeCursor.class)
                .setParameter("s", range.serviceIndicator())
                .setParameter("c", range.country())
                .setParameter("f", range.firstSerial())
                .setParameter("l", range.lastSerial());
        if (lock) {
            query.setLockMode(LockModeType.PESSIMISTIC_WRITE);
        }
        return query.getResultStream().findFirst();
    }

    /** Makes the row in its own transaction, so that a rival making it at the same moment fails alone on the unique key. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void create(S10Range range) {
        em.persist(new S10RangeCursor(range));
    }
}
