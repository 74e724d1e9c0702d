package com.renewalpost.fulfilment.support;

import com.renewalpost.fulfilment.platform.Clocks;
import com.renewalpost.fulfilment.orders.UnknownOrderException;
import com.renewalpost.fulfilment.catalogue.Catalogue;
import com.renewalpost.fulfilment.catalogue.Product;
import com.renewalpost.fulfilment.codes.CodeStock;
import com.renewalpost.fulfilment.notifications.OutboxEmail;
import com.renewalpost.fulfilment.orders.DeliveryAddress;
import com.renewalpost.fulfilment.orders.FieldProblem;
import com.renewalpost.fulfilment.orders.IllegalTransitionException;
import com.renewalpost.fulfilment.orders.Order;
import com.renewalpost.fulfilment.orders.OrderIntake;
import com.renewalpost.fulfilment.orders.OrderLifecycle;
import com.renewalpost.fulfilment.orders.OrderNumber;
import com.renewalpost.fulfilment.orders.OrderRequest;
import com.renewalpost.fulfilment.orders.OrderStatus;
import com.renewalpost.fulfilment.orders.Orders;
import com.renewalpost.fulfilment.orders.TimelineEntry;
import com.renewalpost.fulfilment.platform.DomainException;
import com.renewalpost.fulfilment.platform.Message;
import com.renewalpost.fulfilment.platform.Verbatim;
import com.renewalpost.fulfilment.staff.AuditAction;
import com.renewalpost.fulfilment.staff.AuditLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Support's corrections of one order, each in one transaction with its audit entry: hold and
 * release with a reason, cancel before posting, change the address or the product before printing.
 * The status moves only through {@link Order#transition} (the one state machine refuses what it
 * does not allow); the code's fate on cancelling through {@link CodeStock}. Pages and API check
 * the role (SUPPORT or ADMIN) before calling.
 */
@ApplicationScoped
@Transactional
public class OrderActions {

    /** The longest reason kept (the hold reason's and the audit detail's column). */
    static final int REASON_LENGTH = 500;

    /** What a cancellation did with the code. */
    public record Cancelled(String orderNumber, OrderStatus from, CodeFate code) {
    }

    @PersistenceContext
    EntityManager em;
    @Inject
    Orders orders;
    @Inject
    OrderIntake intake;
    @Inject
    OrderLifecycle lifecycle;
    @Inject
    Catalogue catalogue;
    @Inject
    CodeStock codes;
    @Inject
    AuditLog audit;
    @Inject
    Clock clock;

    @Transactional
    public void hold(OrderNumber number, String reason, String actor) {
        var why = reason(reason);
        move(order(number), OrderStatus.ON_HOLD, why, actor);
        audit.record(actor, AuditAction.ORDER_HELD, number.value(), why);
    }

    /** Back to the print queue. */
    @Transactional
    public void release(OrderNumber number, String reason, String actor) {
        var why = reason(reason);
        var order = order(number);
        if (order.status() != OrderStatus.ON_HOLD) {
            throw DomainException.conflict("not-on-hold",
                    Message.of("support.notOnHold", number, order.status()));
        }
        move(order, OrderStatus.QUEUED, why, actor);
        audit.record(actor, AuditAction.ORDER_RELEASED, number.value(), why);
    }

    /**
     * Cancels an order not yet posted. Its code goes back to stock when nobody outside has seen it,
     * and is voided (audited as such) when it has: see {@link CodeFate#onCancel}.
     */
    @Transactional
    public Cancelled cancel(OrderNumber number, String reason, String actor) {
        var why = reason(reason);
        var order = order(number);
        var from = order.status();
        move(order, OrderStatus.CANCELLED, why, actor);
        var holds = codes.codeIdOf(order).isPresent() && codes.plainCodeOf(order).isPresent();
        var fate = CodeFate.onCancel(holds, from, holds && seenOtherwise(order));
        var now = now();
        switch (fate) {
            case RETURNED -> {
                codes.returnToStock(order).orElseThrow();
                order.record(TimelineEntry.Kind.NOTE, actor, Message.of("timeline.codeReturned"), now);
            }
            case VOIDED -> {
                var voided = codes.voidCodeOf(order, "order " + number.value() + " cancelled ("
                        + (from.isBeforePrinting() ? "code seen before printing" : "letter printed") + "): exposed")
                        .orElseThrow();
                order.record(TimelineEntry.Kind.NOTE, actor, Message.of("timeline.codeVoidedOnCancel"), now);
                audit.record(actor, AuditAction.CODE_VOIDED, number.value(),
                        Message.of("audit.codeVoidedOnCancel", String.valueOf(voided)));
            }
            case NONE -> { }
        }
        audit.record(actor, AuditAction.ORDER_CANCELLED, number.value(),
                Message.of("audit.orderCancelled", from, fate,
                        why));
        return new Cancelled(number.value(), from, fate);
    }

    /**
     * A new delivery address, before printing: checked with the intake's own address rules for its
     * country (the order as it would be received with it), stored as intake stores it; the old
     * address stays on the timeline.
     */
    @Transactional
    public void changeAddress(OrderNumber number, OrderRequest.Address address, String reason, String actor) {
        var why = reason(reason);
        var order = order(number);
        requireBeforePrinting(order);
        var request = asRequest(order, address, order.product().sku());
        var problems = intake.problems(request).stream().filter(p -> p.field().startsWith("address")).toList();
        if (!problems.isEmpty()) {
            throw invalid(problems);
        }
        var before = oneLine(order.address());
        order.changeAddress(OrderIntake.address(request), actor, Message.of("timeline.addressChanged", before, why),
                now());
        lifecycle.changed(order);
        audit.record(actor, AuditAction.ORDER_ADDRESS_CHANGED, number.value(), Message.of("audit.addressChanged", before,
                oneLine(order.address()), why));
    }

    /**
     * Another product, before printing, when it is on sale and the order's line suits it (the
     * intake's rules). An order already holding a code of the old product (a replacement) is
     * refused: its code is of the wrong product, and cancelling is the honest way out.
     */
    @Transactional
    public void changeProduct(OrderNumber number, String sku, String reason, String actor) {
        var why = reason(reason);
        var order = order(number);
        requireBeforePrinting(order);
        if (codes.codeIdOf(order).isPresent()) {
            throw DomainException.conflict("code-held", Message.of("support.productCodeHeld", number));
        }
        var a = order.address();
        var request = asRequest(order, new OrderRequest.Address(a.organisation(), a.streetLines(), a.dependentLocality(),
                a.city(), a.region(), a.postcode(), a.countryCode()), sku == null ? null : sku.strip());
        var problems = intake.problems(request).stream()
                .filter(p -> p.field().equals("productSku") || p.field().equals("iccid") || p.field().equals("linePhone"))
                .toList();
        Product product = catalogue.bySku(request.productSku() == null ? "" : request.productSku())
                .filter(Product::active).orElse(null);
        if (!problems.isEmpty() || product == null) {
            throw problems.isEmpty() ? DomainException.invalid("invalid-order",
                    Message.of("order.noProduct", String.valueOf(sku))) : invalid(problems);
        }
        var before = order.product().sku();
        if (before.equals(product.sku())) {
            return;
        }
        order.changeProduct(product, actor, Message.of("timeline.productChanged", before, product.sku(), why), now());
        lifecycle.changed(order);
        audit.record(actor, AuditAction.ORDER_PRODUCT_CHANGED, number.value(),
                Message.of("audit.productChanged", before, product.sku(), why));
    }

    /** Whether the code was seen other than in a letter: a code email (sent, waiting or tried), shown, or moved here. */
    private boolean seenOtherwise(Order order) {
        var emailed = em.createQuery("SELECT e FROM OutboxEmail e WHERE e.order = :o", OutboxEmail.class)
                .setParameter("o", order).getResultStream().anyMatch(e -> e.template().carriesCode());
        var shown = em.createQuery("SELECT COUNT(e) FROM AuditEvent e WHERE e.action = :a AND e.subject = :s", Long.class)
                .setParameter("a", AuditAction.CODE_REVEALED.name()).setParameter("s", order.number().value())
                .getSingleResult() > 0;
        return emailed || shown || codes.codeMovedTo(order);
    }

    /** The address on one line, as the timeline and the audit log keep it. */
    static String oneLine(DeliveryAddress a) {
        var parts = new ArrayList<String>();
        parts.add(a.organisation());
        parts.addAll(a.streetLines());
        parts.addAll(Arrays.asList(a.dependentLocality(), a.city(), a.region(), a.postcode(), a.countryCode()));
        return String.join(", ", parts.stream().filter(p -> p != null && !p.isBlank()).toList());
    }

    private void move(Order order, OrderStatus target, String why, String actor) {
        try {
            lifecycle.move(order, target, actor, why == null ? null : new Verbatim(why));
        } catch (IllegalTransitionException refused) {
            throw DomainException.conflict("illegal-transition", refused.text());
        }
    }

    private static void requireBeforePrinting(Order order) {
        if (!order.status().isBeforePrinting()) {
            throw DomainException.conflict("already-printed", Message.of("support.alreadyPrinted",
                    order.number(), order.status()));
        }
    }

    /** The order as intake would receive it with this address and product: the same rules judge the change. */
    static OrderRequest asRequest(Order o, OrderRequest.Address address, String sku) {
        var c = o.customer();
        return new OrderRequest(c.name(), c.nameLatin(), c.email(), c.phone(), c.language(), address, sku,
                o.line().iccid(), o.line().phone(), o.planExpiresOn().orElse(null), o.postalService().name(),
                o.channel().name(), o.externalReference() == null ? "kept" : o.externalReference(),
                new OrderRequest.PaymentDetails(o.payment().method().name(), o.payment().reference(),
                        o.payment().amount().amount(), o.payment().amount().currency(), null), o.notes());
    }

    /** The reason, required and kept to its column's length. */
    static String reason(String typed) {
        if (typed == null || typed.isBlank()) {
            throw DomainException.invalid("reason-required",
                    Message.of("support.reasonRequired")).withErrors(null, List.of(new DomainException.FieldError("reason",
                    Message.of("support.reasonRequired"))));
        }
        var why = typed.strip();
        return why.length() <= REASON_LENGTH ? why : why.substring(0, REASON_LENGTH - 1) + "…";
    }

    private static DomainException invalid(List<FieldProblem> problems) {
        return DomainException.invalid("invalid-order",
                Message.of("problem.fieldsNeedAttention", problems.size())).withErrors(Message.of("problem.invalidOrder"),
                new ArrayList<>(problems.stream().map(p -> new DomainException.FieldError(p.field(), p.message())).toList()));
    }

    private Order order(OrderNumber number) {
        return orders.byNumberForUpdate(number).orElseThrow(() -> UnknownOrderException.of(number));
    }

    private OffsetDateTime now() {
        return Clocks.now(clock);
    }
}
