package com.renewalpost.fulfilment.operations;

import com.renewalpost.fulfilment.staff.MetricsToken;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;

import java.util.HashSet;
import java.util.Set;
import java.util.function.ToLongFunction;
import java.util.logging.Logger;

/**
 * The application's gauges at {@code /metrics} (scope application). Each reads one set of
 * {@link OperationsFigures}, taken from the database at most every
 * {@code fulfilment.metrics.refresh-seconds}: a scrape reads every gauge from one set, and any
 * number of scrapers cost the database one set of counts per period. The figures are the
 * database's, not this instance's: every instance reports the same (aggregate them with max, not
 * sum). When the database cannot be read the gauges say NaN rather than an old figure.
 * A startup bean after the migration, so that the first scrape already lists every product: at
 * start-up it reads only which products there are (one small query); the figures themselves (the
 * late letters among them, a read of every letter in the post) wait for the first scrape.
 */
@Startup
@Singleton
@DependsOn("FulfilmentDatabase")
@TransactionManagement(TransactionManagementType.BEAN)
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class OperationsMetrics {

    public static final String PRINT_QUEUE = "fulfilment_print_queue";
    public static final String OUTBOX_PENDING = "fulfilment_outbox_pending";
    public static final String OUTBOX_RETRYING = "fulfilment_outbox_retrying";
    public static final String OUTBOX_OLDEST_PENDING_AGE = "fulfilment_outbox_oldest_pending_age";
    public static final String EMAILS_FAILED = "fulfilment_emails_failed";
    public static final String SHIPMENTS_DELAYED = "fulfilment_shipments_delayed";
    public static final String CODES_AVAILABLE = "fulfilment_codes_available";
    /** The print-run timer is kept by the printing package; named here with its siblings. */
    public static final String PRINT_RUN_DURATION = "fulfilment_print_run_duration";

    private static final Logger LOG = Logger.getLogger(OperationsMetrics.class.getName());

    @Inject
    MetricRegistry registry;
    @Inject
    OperationsFigures reader;
    @Inject
    MetricsToken token;
    @Inject
    @ConfigProperty(name = "fulfilment.metrics.refresh-seconds", defaultValue = "10")
    long refreshSeconds;

    private final Set<String> productsWithGauge = new HashSet<>();
    /** The figures of this period; null when the database could not be read. */
    private OperationsFigures.Figures figures;
    private boolean read;
    private long readAtNanos;

    @PostConstruct
    void register() {
        if (refreshSeconds < 1) {
            throw new IllegalStateException("fulfilment.metrics.refresh-seconds must be at least 1");
        }
        token.check();
        count(PRINT_QUEUE, "Orders queued and waiting to be printed", OperationsFigures.Figures::printQueue);
        count(OUTBOX_PENDING, "Customer emails waiting to be sent (a replacement notice once its letter is posted)",
                OperationsFigures.Figures::outboxPending);
        count(OUTBOX_RETRYING, "Emails waiting to be sent that have failed at least once and are retried with backoff",
                OperationsFigures.Figures::outboxRetrying);
        registry.gauge(Metadata.builder().withName(OUTBOX_OLDEST_PENDING_AGE)
                        .withDescription("Time since the oldest email waiting to be sent was queued (0 when none waits)")
                        .withUnit(MetricUnits.SECONDS).build(),
                this, metrics -> metrics.figure(f -> f.oldestPendingAge().toSeconds()));
        count(EMAILS_FAILED, "Emails that failed for good (refused, or retries given up) and wait for support "
                + "(GET /api/emails/attention)", OperationsFigures.Figures::emailsFailed);
        count(SHIPMENTS_DELAYED, "Letters posted and not delivered, returned or lost that are past their delivery "
                + "standard plus the grace days", OperationsFigures.Figures::lettersLate);
        stockGauges();
    }

    /** The stock gauge of every product there is now (later products get theirs when the figures first show them). */
    private synchronized void stockGauges() {
        try {
            reader.products().stream().filter(productsWithGauge::add).forEach(this::stockGauge);
        } catch (RuntimeException e) {
            // the type only: messages of database errors may quote data
            LOG.warning(() -> "Products not readable now: " + e.getClass().getName());
        }
    }

    private void count(String name, String description, ToLongFunction<OperationsFigures.Figures> figure) {
        registry.gauge(Metadata.builder().withName(name).withDescription(description).withUnit(MetricUnits.NONE)
                .build(), this, metrics -> metrics.figure(figure));
    }

    /** NaN while the database cannot be read. */
    private Double figure(ToLongFunction<OperationsFigures.Figures> figure) {
        var now = current();
        return now == null ? Double.NaN : (double) figure.applyAsLong(now);
    }

    /** The figures of this period, read now if they are older; null when the database cannot be read. */
    private synchronized OperationsFigures.Figures current() {
        if (read && System.nanoTime() - readAtNanos < refreshSeconds * 1_000_000_000L) {
            return figures;
        }
        read = true;
        try {
            figures = reader.read();
        } catch (RuntimeException e) {
            // the type only: messages of database errors may quote data
            LOG.warning(() -> "Operations figures not readable now: " + e.getClass().getName());
            figures = null;
            return null;
        } finally {
            // the period starts when the reading ends: a slow failure (the persistence layer waits
            // before it gives up on a lost connection) is not retried by every gauge of one scrape
            readAtNanos = System.nanoTime();
        }
        figures.codesAvailable().keySet().stream().filter(productsWithGauge::add).forEach(this::stockGauge);
        return figures;
    }

    /** A product's stock gauge: registered when the product is first seen, tagged with its SKU. */
    private void stockGauge(String sku) {
        registry.gauge(Metadata.builder().withName(CODES_AVAILABLE)
                        .withDescription("Activation codes in stock and not yet allocated, per product (SKU)")
                        .withUnit(MetricUnits.NONE).build(),
                this, metrics -> metrics.figure(f -> f.codesAvailable().getOrDefault(sku, 0L)), new Tag("product", sku));
    }
}
