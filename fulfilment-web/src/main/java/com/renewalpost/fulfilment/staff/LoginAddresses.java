package com.renewalpost.fulfilment.staff;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * The addresses each account has logged in from, its latest {@value #KEPT}. Failed logins from
 * these slow down only attempts from these (the owner's own typing); everyone else's failures
 * cannot delay the owner ({@link LoginGuard}).
 */
@ApplicationScoped
@Transactional
public class LoginAddresses {

    static final int KEPT = 10;
    /** How stale a noted login may get: scripts log in with Basic on every call, which need not all be written. */
    static final Duration REFRESH = Duration.ofHours(1);

    @PersistenceContext
    EntityManager em;

    /** When the account last logged in from this address, if it ever did (as far as the latest are kept). */
    @Transactional
    public Optional<OffsetDateTime> lastLogin(long accountId, String address) {
        return em.createQuery("SELECT l.lastLoginAt FROM LoginAddress l WHERE l.accountId = :account"
                        + " AND l.address = :address", OffsetDateTime.class)
                .setParameter("account", accountId).setParameter("address", address).getResultStream().findFirst();
    }

    @Transactional
    public boolean known(long accountId, String address) {
        return lastLogin(accountId, address).isPresent();
    }

    /** Whether a login now should be noted: a new address, or one last noted over an hour ago. */
    static boolean worthNoting(Optional<OffsetDateTime> lastLogin, OffsetDateTime now) {
        return lastLogin.isEmpty() || lastLogin.get().isBefore(now.minus(REFRESH));
    }

    /**
     * Notes a successful login from this address. Its own transaction, so that two first logins
     * from one new address at once (the second refused by the unique key) cost the loser nothing
     * but this note: the caller ignores a failure here.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void remember(long accountId, String address, OffsetDateTime now) {
        // a bulk update without a version check: scripts log in with Basic on every call, in parallel
        int updated = em.createQuery("UPDATE LoginAddress l SET l.lastLoginAt = :now WHERE l.accountId = :account"
                        + " AND l.address = :address AND l.lastLoginAt < :stale")
                .setParameter("now", now).setParameter("account", accountId).setParameter("address", address)
                .setParameter("stale", now.minus(REFRESH)).executeUpdate();
        if (updated > 0 || known(accountId, address)) {
            return;
        }
        em.persist(new LoginAddress(accountId, address, now));
        em.flush();
        var older = em.createQuery("SELECT l.id FROM LoginAddress l WHERE l.accountId = :account"
                        + " ORDER BY l.lastLoginAt DESC, l.id DESC", Long.class)
                .setParameter("account", accountId).setFirstResult(KEPT).getResultList();
        if (!older.isEmpty()) {
            em.createQuery("DELETE FROM LoginAddress l WHERE l.id IN :ids").setParameter("ids", older).executeUpdate();
        }
    }
}
