package com.renewalpost.fulfilment.staff;

import com.renewalpost.fulfilment.platform.DatabaseReady;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;

import java.util.logging.Logger;

/**
 * Creates the account {@code admin} on the first start. A bean of its own (no entity manager, no
 * transaction) so that a failed commit of {@link StaffAccounts#createFirstAdmin} reaches the catch here.
 */
@ApplicationScoped
public class FirstAdmin {

    private static final Logger LOG = Logger.getLogger(FirstAdmin.class.getName());

    @Inject
    StaffAccounts staffAccounts;
    @Inject
    Config config;

    /**
     * Several instances started at once on a new database all find no account; the unique username
     * lets exactly one create {@code admin}, and the others go on with it.
     */
    void create(@Observes @Priority(DatabaseReady.ACCOUNTS) DatabaseReady ready) {
        try {
            staffAccounts.createFirstAdmin(config.getOptionalValue("fulfilment.admin.password", String.class));
        } catch (RuntimeException refused) {
            if (!staffAccounts.anyAccount()) {
                throw refused;
            }
            LOG.info("First start: another instance created the account 'admin' at the same moment");
        }
    }
}
