package com.renewalpost.fulfilment.platform;

/**
 * Fired (synchronously) by {@link FulfilmentDatabase} during deployment once the schema is migrated,
 * before the first request: the business components' start-up steps observe it, so that the base
 * knows none of them. An observer that throws stops the deployment.
 * Observers order themselves with {@code @Priority} on the event parameter, using the constants here.
 */
public record DatabaseReady() {

    /** Secrets the stock needs to be read at all (the code keys). */
    public static final int SECRETS = 100;
    /** Accounts without which nobody can log in (the first admin). */
    public static final int ACCOUNTS = 200;
    /** Content loaded into an empty database (the demo's warehouse), which needs both above. */
    public static final int CONTENT = 300;
}
