package com.renewalpost.fulfilment.platform;

/** The roles of the back office; every page and endpoint names the ones that may use it. */
public final class Roles {

    /** Keys in paper orders, prints, packs, posts. */
    public static final String WAREHOUSE = "WAREHOUSE";
    /** Answers customers: finds orders, reads timelines, resends codes, reships. */
    public static final String SUPPORT = "SUPPORT";
    /** Accounts, products, stock, rates, settings. */
    public static final String ADMIN = "ADMIN";
    /** Integrations (web shop, marketplace) calling with an API key of scope orders:write. */
    public static final String ORDERS_WRITE = "orders:write";
    /** The monitoring system reading /metrics with the metrics token (the staff component's {@code MetricsToken}). */
    public static final String METRICS_READ = "metrics:read";

    private Roles() {
    }
}
