package com.renewalpost.fulfilment.codes;

import com.renewalpost.fulfilment.platform.Clocks;
import com.renewalpost.fulfilment.orders.HeldCodes;
import com.renewalpost.fulfilment.orders.UnknownOrderException;
import com.renewalpost.fulfilment.catalogue.Catalogue;
import com.renewalpost.fulfilment.catalogue.Product;
import com.renewalpost.fulfilment.catalogue.ProductKind;
import com.renewalpost.fulfilment.orders.Order;
import com.renewalpost.fulfilment.orders.OrderNumber;
import com.renewalpost.fulfilment.orders.OrderStatus;
import com.renewalpost.fulfilment.orders.Orders;
import com.renewalpost.fulfilment.orders.TimelineEntry;
import com.renewalpost.fulfilment.platform.DomainException;
import com.renewalpost.fulfilment.platform.CsvUpload;
import com.renewalpost.fulfilment.platform.ImportReport;
import com.renewalpost.fulfilment.platform.ImportResult;
import com.renewalpost.fulfilment.platform.Message;
import com.renewalpost.fulfilment.staff.AuditAction;
import com.renewalpost.fulfilment.staff.AuditLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.apache.commons.csv.CSVFormat;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The stock of activation codes: importing them, handing exactly one to an order, and telling
 * how many are left. A code is claimed in the database by a conditional update (only a row still
 * AVAILABLE changes), the order row is locked while its code is chosen, and the unique order
 * column backs both, so no code can reach two orders even when several threads or instances
 * allocate at once.
 */
@ApplicationScoped
@Transactional
public class CodeStock implements HeldCodes {

    /** How allocation ended for one order. */
    public sealed interface Allocation permits Allocated, OutOfStock {
    }

    public record Allocated(long codeId, boolean alreadyHeld) implements Allocation {
    }

    public record OutOfStock(Message reason) implements Allocation {
    }

    public record Level(String sku, String kind, long available, long allocated, int lowStockThreshold, boolean low) {
    }

    /** The optional CSV column of SGP.22 confirmation codes. */
    static final String CONFIRMATION_COLUMN = "confirmation_code";

    /** How many available codes an allocator chooses among. */
    static final int CANDIDATES = 16;

    @PersistenceContext
    EntityManager em;
    @Inject
    CodeKeyring keyring;
    @Inject
    Orders orders;
    @Inject
    Clock clock;
    @Inject
    Event<CodeAllocated> allocations;
    @Inject
    Catalogue catalogue;
    @Inject
    AuditLog audit;

    /**
     * An admin's import of codes for the product with this SKU (the admin page and the API alike):
     * {@link #importCsv} and its audit entry, which counts the outcomes and names no code.
     */
    @Transactional
    public ImportResult importFor(String sku, Reader csv, String actor) {
        var product = catalogue.bySku(sku).orElseThrow(() -> DomainException.notFound("unknown-product", Message.of("product.unknown", sku)));
        var report = importCsv(product, csv);
        audit.record(actor, AuditAction.CODES_IMPORTED, product.sku(), Message.of("audit.codesImported",
                report.imported(), report.alreadyPresent(), report.rejected()));
        return report;
    }

    /**
     * Imports codes for a product from CSV with a {@code code} column and, for eSIM codes that end in
     * the SGP.22 confirmation flag ({@code $1}), a {@code confirmation_code} column: required for
     * those, refused for any other (see {@link ImportRow}); it is encrypted like the code. Each row
     * is checked against the product's format; codes already in stock (or twice in the file) are
     * reported, not stored. The report never repeats a code or a confirmation code, only line numbers.
     */
    @Transactional
    public ImportResult importCsv(Product product, Reader csv) {
        var cipher = keyring.cipher();
        List<ImportResult.Row> rows = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        var now = now();
        try (var parser = CsvUpload.parse(csv, CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setTrim(true).setIgnoreEmptyLines(true).get())) {
            if (!parser.getHeaderNames().contains("code")) {
                throw DomainException.invalid("invalid-csv", Message.of("code.csvColumns"));
            }
            boolean withConfirmation = parser.getHeaderNames().contains(CONFIRMATION_COLUMN);
            var malformedAt = CsvUpload.forEachRecord(parser, record -> {
                long line = record.getRecordNumber() + 1;
                var row = ImportRow.of(canonical(product, record.get("code")),
                        withConfirmation && record.isSet(CONFIRMATION_COLUMN) ? record.get(CONFIRMATION_COLUMN) : null);
                if (row.problem() != null) {
                    rows.add(new ImportResult.Row(line, ImportReport.Outcome.REJECTED, null, List.of(row.problem())));
                    return;
                }
                var fingerprint = cipher.fingerprint(row.code());
                if (!seen.add(fingerprint) || inStock(fingerprint)) {
                    rows.add(new ImportResult.Row(line, ImportReport.Outcome.ALREADY_PRESENT, null,
                            List.of(Message.of("code.alreadyInStock"))));
                    return;
                }
                em.persist(new ActivationCode(product, cipher.encrypt(row.code()), fingerprint,
                        row.confirmationCode() == null ? null : cipher.encrypt(row.confirmationCode()), now));
                rows.add(new ImportResult.Row(line, ImportReport.Outcome.IMPORTED, null, List.of()));
            });
            malformedAt.ifPresent(line -> rows.add(new ImportResult.Row(line, ImportReport.Outcome.REJECTED, null,
                    List.of(CsvUpload.MALFORMED))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalArgumentException | IllegalStateException | UncheckedIOException malformed) {
            throw DomainException.invalid("invalid-csv", Message.of("code.notCsv"));
        }
        return new ImportResult(rows);
    }

    /**
     * Gives the order its code, once: an order that already holds one keeps it. With no code in
     * stock the order goes {@code ON_HOLD} with the reason, a state staff can resolve by importing
     * codes and releasing the hold. A new allocation fires {@link CodeAllocated} within this
     * transaction (an order already at risk gets its code email queued with it).
     */
    @Transactional
    public Allocation allocateFor(OrderNumber number, String actor) {
        return allocateFor(orders.byNumberForUpdate(number).orElseThrow(() -> UnknownOrderException.of(number)), actor);
    }

    /**
     * {@link #allocateFor(OrderNumber, String)} for an order the caller has locked in its transaction (a print run
     * printing it): the same, without locking it a second time.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Allocation allocateFor(Order order, String actor) {
        var number = order.number();
        var held = codeIdOf(order);
        if (held.isPresent()) {
            return new Allocated(held.get(), true);
        }
        if (order.status() != OrderStatus.QUEUED) {
            throw DomainException.conflict("not-queued",
                    Message.of("code.notQueued", number, order.status()));
        }
        var now = now();
        boolean emailless = order.customer().email() == null || order.customer().email().isBlank();
        while (true) {
            // Plain read of a few candidates, then a conditional update of one picked at random:
            // concurrent allocators rarely pick the same row, and when they do the update of the
            // loser matches nothing and it tries again. (H2 applies FETCH FIRST before SKIP LOCKED,
            // so SKIP LOCKED would report an empty stock while unlocked codes remain.)
            @SuppressWarnings("unchecked")
            // the confirmation code goes by email: an order without an address gets only a code that needs none
            List<Number> candidates = em.createNativeQuery(
                            "SELECT id FROM activation_code WHERE product_id = ? AND status = 'AVAILABLE' "
                                    + (emailless ? "AND confirmation_required = FALSE " : "")
                                    + "ORDER BY id FETCH FIRST " + CANDIDATES + " ROWS ONLY")
                    .setParameter(1, order.product().id())
                    .getResultList();
            if (candidates.isEmpty()) {
                var reason = emailless && availableNeedingConfirmation(order) ? Message.of("timeline.outOfStockNoEmail",
                        order.product().sku()) : Message.of("timeline.outOfStock", order.product().sku());
                order.transition(OrderStatus.ON_HOLD, actor, reason, now);
                return new OutOfStock(reason);
            }
            long codeId = candidates.get(ThreadLocalRandom.current().nextInt(candidates.size())).longValue();
            int claimed = em.createNativeQuery(
                            "UPDATE activation_code SET status = 'ALLOCATED', order_id = ?, allocated_at = ?, "
                                    + "version = version + 1 WHERE id = ? AND status = 'AVAILABLE'")
                    .setParameter(1, order.id())
                    .setParameter(2, now)
                    .setParameter(3, codeId)
                    .executeUpdate();
            if (claimed == 1) {
                order.record(TimelineEntry.Kind.CODE_ALLOCATED, actor, Message.of("timeline.codeAllocated"), now);
                allocations.fire(new CodeAllocated(order, actor, now));
                return new Allocated(codeId, false);
            }
        }
    }

    /** The plain code of an order, for the letter and the code email only. Never log it. */
    @Transactional
    @Override
    public Optional<String> plainCodeOf(Order order) {
        return em.createQuery("SELECT c FROM ActivationCode c WHERE c.orderId = :o AND c.status = :s",
                        ActivationCode.class)
                .setParameter("o", order.id())
                .setParameter("s", ActivationCode.Status.ALLOCATED)
                .getResultStream().findFirst()
                .map(c -> keyring.cipher().decrypt(c.ciphertext()));
    }

    /**
     * The SGP.22 confirmation code of the order's code, for the confirmation email only; empty when the
     * order holds no code or its code needs none. Never log it.
     */
    @Transactional
    public Optional<String> plainConfirmationCodeOf(Order order) {
        return em.createQuery("SELECT c FROM ActivationCode c WHERE c.orderId = :o AND c.status = :s",
                        ActivationCode.class)
                .setParameter("o", order.id())
                .setParameter("s", ActivationCode.Status.ALLOCATED)
                .getResultStream().findFirst()
                .filter(ActivationCode::confirmationRequired)
                .map(c -> keyring.cipher().decrypt(c.confirmationCiphertext()));
    }

    /** Whether the code the order holds asks for a confirmation code (which then goes by email). */
    @Transactional
    public boolean confirmationCodeRequired(Order order) {
        return em.createQuery("SELECT COUNT(c) FROM ActivationCode c WHERE c.orderId = :o AND c.status = :s "
                        + "AND c.confirmationRequired = TRUE", Long.class)
                .setParameter("o", order.id())
                .setParameter("s", ActivationCode.Status.ALLOCATED)
                .getSingleResult() > 0;
    }

    private boolean availableNeedingConfirmation(Order order) {
        return !em.createNativeQuery("SELECT id FROM activation_code WHERE product_id = ? AND status = 'AVAILABLE' "
                        + "AND confirmation_required = TRUE FETCH FIRST 1 ROWS ONLY")
                .setParameter(1, order.product().id()).getResultList().isEmpty();
    }

    /**
     * The code an email of this order may send: the one it holds, or the one a reship moved from it to the
     * replacement letter (support had promised it by email before the letter was found lost). Never log it.
     */
    @Transactional
    public Optional<String> plainCodeOwedTo(Order order) {
        return plainCodeOf(order).or(() -> em.createNativeQuery("SELECT ciphertext FROM activation_code "
                        + "WHERE moved_from_order_id = ? AND status = 'ALLOCATED'")
                .setParameter(1, order.id()).getResultStream().findFirst()
                .map(c -> keyring.cipher().decrypt((String) c)));
    }

    /** A voided code for the report to the eSIM provider. {@code code} is the plain code: never log it. */
    public record VoidedCode(long codeId, String productSku, String orderNumber, OffsetDateTime voidedAt,
                             String reason, String code) {
    }

    /**
     * Voids the code the order holds (it was in a letter that never reached the customer, so it
     * must be treated as exposed), in the caller's transaction, which also writes the audit entry.
     * Returns the voided code's id; empty when the order held no code.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Long> voidCodeOf(Order order, String reason) {
        var held = em.createQuery("SELECT c.id FROM ActivationCode c WHERE c.orderId = :o AND c.status = :s", Long.class)
                .setParameter("o", order.id()).setParameter("s", ActivationCode.Status.ALLOCATED)
                .getResultStream().findFirst();
        held.ifPresent(id -> em.createNativeQuery("UPDATE activation_code SET status = 'VOID', voided_at = ?, "
                        + "void_reason = ?, version = version + 1 WHERE id = ? AND status = 'ALLOCATED'")
                .setParameter(1, now())
                .setParameter(2, reason.length() <= 500 ? reason : reason.substring(0, 500))
                .setParameter(3, id)
                .executeUpdate());
        return held;
    }

    /**
     * Gives the order's code back to stock, for another order: only for a code nobody outside has
     * seen (never printed, emailed or shown; not one a reship moved here), which the caller has
     * established, in its transaction. Returns the code's id; empty when the order held none.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Long> returnToStock(Order order) {
        var held = em.createQuery("SELECT c.id FROM ActivationCode c WHERE c.orderId = :o AND c.status = :s", Long.class)
                .setParameter("o", order.id()).setParameter("s", ActivationCode.Status.ALLOCATED)
                .getResultStream().findFirst();
        return held.filter(id -> em.createNativeQuery("UPDATE activation_code SET status = 'AVAILABLE', "
                        + "order_id = NULL, allocated_at = NULL, version = version + 1 WHERE id = ? "
                        + "AND status = 'ALLOCATED' AND moved_from_order_id IS NULL")
                .setParameter(1, id)
                .executeUpdate() == 1);
    }

    /** Whether the order's code came from another order's lost letter (its customer may have it by email). */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean codeMovedTo(Order order) {
        return !em.createNativeQuery("SELECT id FROM activation_code WHERE order_id = ? AND moved_from_order_id IS NOT NULL")
                .setParameter(1, order.id()).getResultList().isEmpty();
    }

    /**
     * Moves the order's code to another order (a replacement letter carrying the code the
     * customer already has by email). The target must hold no code; returns the code's id.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Long> moveCode(Order from, Order to) {
        if (codeIdOf(to).isPresent()) {
            throw new IllegalStateException("order " + to.number() + " already holds a code");
        }
        var held = em.createQuery("SELECT c.id FROM ActivationCode c WHERE c.orderId = :o AND c.status = :s", Long.class)
                .setParameter("o", from.id()).setParameter("s", ActivationCode.Status.ALLOCATED)
                .getResultStream().findFirst();
        held.ifPresent(id -> em.createNativeQuery("UPDATE activation_code SET order_id = ?, moved_from_order_id = ?, "
                        + "version = version + 1 WHERE id = ? AND order_id = ? AND status = 'ALLOCATED'")
                .setParameter(1, to.id()).setParameter(2, from.id()).setParameter(3, id).setParameter(4, from.id())
                .executeUpdate());
        return held;
    }

    /** Codes voided in [from, to), oldest first, decrypted for the report to the eSIM provider. */
    @Transactional
    public List<VoidedCode> voided(OffsetDateTime from, OffsetDateTime to) {
        var cipher = keyring.cipher();
        return em.createQuery("SELECT c.id, c.product.sku, o.number, c.voidedAt, c.voidReason, c.ciphertext "
                                + "FROM ActivationCode c, Order o WHERE o.id = c.orderId AND c.status = :void "
                                + "AND c.voidedAt >= :from AND c.voidedAt < :to ORDER BY c.voidedAt, c.id", Object[].class)
                .setParameter("void", ActivationCode.Status.VOID)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultStream()
                .map(row -> new VoidedCode(((Number) row[0]).longValue(), (String) row[1], (String) row[2],
                        ((OffsetDateTime) row[3]).withOffsetSameInstant(ZoneOffset.UTC), (String) row[4],
                        cipher.decrypt((String) row[5])))
                .toList();
    }

    @Transactional
    public Optional<Long> codeIdOf(Order order) {
        return em.createQuery("SELECT c.id FROM ActivationCode c WHERE c.orderId = :o", Long.class)
                .setParameter("o", order.id())
                .getResultStream().findFirst();
    }

    @Transactional
    public List<Level> levels() {
        List<Level> levels = new ArrayList<>();
        for (Object[] row : em.createQuery(
                        "SELECT p, "
                                + "SUM(CASE WHEN c.status = com.renewalpost.fulfilment.codes.ActivationCode.Status.AVAILABLE THEN 1 ELSE 0 END), "
                                + "SUM(CASE WHEN c.status = com.renewalpost.fulfilment.codes.ActivationCode.Status.ALLOCATED THEN 1 ELSE 0 END) "
                                + "FROM Product p LEFT JOIN ActivationCode c ON c.product = p "
                                + "GROUP BY p ORDER BY p.sku", Object[].class)
                .getResultList()) {
            var product = (Product) row[0];
            long available = row[1] == null ? 0 : ((Number) row[1]).longValue();
            long allocated = row[2] == null ? 0 : ((Number) row[2]).longValue();
            levels.add(new Level(product.sku(), product.kind().name(), available, allocated,
                    product.lowStockThreshold(), available <= product.lowStockThreshold()));
        }
        return levels;
    }

    /**
     * Codes available per product SKU, every product listed (0 when it has none). Counts only the
     * available codes, along the stock index, so it stays cheap however many codes were allocated.
     */
    @Transactional
    public Map<String, Long> availableBySku() {
        var available = new TreeMap<String, Long>();
        for (Object[] row : em.createQuery("SELECT p.sku, COUNT(c) FROM Product p LEFT JOIN ActivationCode c "
                        + "ON c.product = p AND c.status = :available GROUP BY p.sku", Object[].class)
                .setParameter("available", ActivationCode.Status.AVAILABLE)
                .getResultList()) {
            available.put((String) row[0], ((Number) row[1]).longValue());
        }
        return available;
    }

    private boolean inStock(String fingerprint) {
        return !em.createQuery("SELECT c.id FROM ActivationCode c WHERE c.fingerprint = :f", Long.class)
                .setParameter("f", fingerprint).setMaxResults(1).getResultList().isEmpty();
    }

    /** The code in its one canonical spelling, or why it is not a code of this product. */
    record Canonical(String value, Message problem) {
    }

    static Canonical canonical(Product product, String raw) {
        if (raw == null || raw.isBlank()) {
            return new Canonical(null, Message.of("code.empty"));
        }
        if (product.kind() == ProductKind.ESIM_PROFILE) {
            var parsed = EsimActivationCode.parse(raw);
            return parsed.value().map(c -> new Canonical(c.toLpaString(), null))
                    .orElseGet(() -> new Canonical(null, Message.of("code.notSgp22", parsed.problem())));
        }
        var pin = raw.replaceAll("\\s", "");
        var pattern = product.voucherPattern().orElseThrow();
        return pattern.matcher(pin).matches() ? new Canonical(pin, null)
                : new Canonical(null, Message.of("code.notPin", pattern.pattern()));
    }

    private OffsetDateTime now() {
        return Clocks.now(clock);
    }
}
