package com.renewalpost.fulfilment.packing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.Optional;

/** Packing stations come into being with their first scan. */
@ApplicationScoped
@Transactional
public class PackingStations {

    @PersistenceContext
    EntityManager em;

    /** The station locked until the end of the caller's transaction, so that its scans are taken one at a time. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<PackingStation> locked(String station) {
        return Optional.ofNullable(em.find(PackingStation.class, station, LockModeType.PESSIMISTIC_WRITE));
    }

    @Transactional
    public Optional<PackingStation> find(String station) {
        return Optional.ofNullable(em.find(PackingStation.class, station));
    }

    /** Made in its own transaction, so that two first scans at once leave one row and two working scans. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void create(String station) {
        em.persist(new PackingStation(station));
    }
}
