package com.renewalpost.fulfilment.orders;

import com.renewalpost.fulfilment.platform.Clocks;
import com.renewalpost.fulfilment.catalogue.Catalogue;
import com.renewalpost.fulfilment.catalogue.Money;
import com.renewalpost.fulfilment.catalogue.Product;
import com.renewalpost.fulfilment.platform.Message;
import com.renewalpost.labels.address.AddressFormats;
import com.renewalpost.labels.address.PostalAddress;
import com.renewalpost.labels.font.FontPaths;
import com.renewalpost.labels.font.ScriptFonts;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Takes orders in: validates them, refuses duplicates by idempotency key or external reference,
 * and queues each valid order in one transaction (received, then queued, on its timeline).
 */
@ApplicationScoped
public class OrderIntake {

    /** The outcome: the order and whether this call created it (false: it existed already). */
    public record Receipt(Order order, boolean created) {
    }

    @Inject
    Orders orders;
    @Inject
    Catalogue catalogue;
    @Inject
    Clock clock;
    @Inject
    Event<OrderChanged> changed;
    @Inject
    PostPayments postPayments;

    private OrderValidation validation;

    @PostConstruct
    void init() {
        validation = new OrderValidation(OrderValidation.validator(), AddressFormats.standard());
    }

    /**
     * Accepts the order or throws {@link InvalidOrderException} listing every problem. Calling it
     * again with the same idempotency key or external reference returns the existing order.
     */
    @Transactional
    public Receipt receive(OrderRequest request, String idempotencyKey, String actor) {
        var outcome = accept(request, idempotencyKey, actor);
        if (outcome.receipt() == null) {
            throw new InvalidOrderException(outcome.problems());
        }
        return outcome.receipt();
    }

    /**
     * Whether the letter can greet the customer in the script their name is written in: when no font draws it, what the
     * letter prints instead. The fonts are the print runs' own ({@link FontPaths#defaults()}, as the printing settings).
     */
    public Optional<OrderValidation.LetterNameWarning> letterNameWarning(OrderRequest request) {
        return OrderValidation.letterNameWarning(request, ScriptFonts.of(FontPaths.defaults()));
    }

    /** One request of a batch: its receipt, or the problems that keep it from becoming an order. */
    public record Outcome(Receipt receipt, List<FieldProblem> problems) {
    }

    /**
     * Several requests in one transaction (a CSV import's rows), one commit for all: per order the
     * commit was half of an import's time. An invalid request is reported, not thrown, so that it
     * does not roll the others back; a failure of the database (another request taking the same
     * external reference meanwhile) rolls back the whole batch, and the caller then goes one by one.
     */
    @Transactional
    public List<Outcome> receiveAll(List<OrderRequest> requests, String actor) {
        List<Outcome> outcomes = new ArrayList<>();
        for (var request : requests) {
            outcomes.add(accept(request, null, actor));
        }
        return outcomes;
    }

    private Outcome accept(OrderRequest request, String idempotencyKey, String actor) {
        var existing = existing(request, idempotencyKey);
        if (existing.isPresent()) {
            return new Outcome(new Receipt(existing.get(), false), List.of());
        }
        var product = productOnSale(request);
        var problems = problems(request, product);
        if (!problems.isEmpty()) {
            return new Outcome(null, problems);
        }
        var now = Clocks.now(clock);
        var order = new Order(freshNumber(), customer(request), address(request), product.get(), line(request),
                request.planExpiresOn(),
                OrderValidation.parseEnum(PostalService.class, request.postalService())
                        .orElse(PostalService.STANDARD_LETTER),
                OrderValidation.parseEnum(Channel.class, request.channel()).orElseThrow(),
                blankToNull(request.externalReference()), blankToNull(idempotencyKey), payment(request),
                blankToNull(request.notes()), now, actor);
        if (PostPayment.listsItems(request)) {
            orders.add(order); // the items and the check refer to it
            postPayments.record(order, request, PostPayment.comparison(request, product.get()), now, actor);
        } else {
            order.transition(OrderStatus.QUEUED, actor, Message.of("timeline.queued"), now);
            orders.add(order);
        }
        changed.fire(new OrderChanged(order.number(), order.line()));
        return new Outcome(new Receipt(order, true), List.of());
    }

    /**
     * Every problem that keeps the request from becoming an order, as {@link #receive} would
     * report them; empty when it would be accepted. The order-entry page checks fields with it
     * while they are keyed in.
     */
    @Transactional
    public List<FieldProblem> problems(OrderRequest request) {
        return problems(request, productOnSale(request));
    }

    /** The product the request names, when it is on sale (read once per order: intake reads it per row). */
    private Optional<Product> productOnSale(OrderRequest request) {
        return request.productSku() == null || request.productSku().isBlank() ? Optional.empty()
                : catalogue.bySku(request.productSku().strip()).filter(Product::active);
    }

    private List<FieldProblem> problems(OrderRequest request, Optional<Product> product) {
        List<FieldProblem> problems = new ArrayList<>(validation.problems(request));
        if (request.productSku() != null && !request.productSku().isBlank() && product.isEmpty()) {
            problems.add(new FieldProblem("productSku", Message.of("order.noProduct", request.productSku())));
        }
        problems.addAll(PostPayment.problems(request, product));
        return problems;
    }

    /** The order an earlier delivery of the same request created, if any. */
    @Transactional
    public Optional<Order> existing(OrderRequest request, String idempotencyKey) {
        if (idempotencyKey != null && !idempotencyKey.isBlank()) {
            var byKey = orders.byIdempotencyKey(idempotencyKey.strip());
            if (byKey.isPresent()) {
                return byKey;
            }
        }
        var channel = OrderValidation.parseEnum(Channel.class, request.channel());
        if (channel.isPresent() && request.externalReference() != null && !request.externalReference().isBlank()) {
            return orders.byExternalReference(channel.get(), request.externalReference().strip());
        }
        return Optional.empty();
    }

    private OrderNumber freshNumber() {
        // 32^8 numbers: a collision is rare, but a unique constraint would fail the whole order.
        for (int attempt = 0; attempt < 5; attempt++) {
            var number = OrderNumber.next();
            if (!orders.numberTaken(number)) {
                return number;
            }
        }
        throw new IllegalStateException("Could not find a free order number");
    }

    private static Customer customer(OrderRequest r) {
        return new Customer(r.customerName().strip(), OrderValidation.latinName(r).orElseThrow(),
                r.email().strip(),
                r.phone() == null || r.phone().isBlank() ? null
                        : OrderValidation.e164(r.phone(), r.address().country()).orElseThrow(),
                Languages.normalise(r.language()).orElseThrow());
    }

    /** The validated address as it is stored: postcode and region in the form the post writes them. */
    public static DeliveryAddress address(OrderRequest r) {
        var a = r.address();
        var country = a.country().strip().toUpperCase(Locale.ROOT);
        var keyed = new PostalAddress(null, null, List.of(), null, null, blankToNull(a.region()),
                a.postcode() == null || a.postcode().isBlank() ? null : a.postcode().strip().toUpperCase(Locale.ROOT), country);
        var canonical = AddressFormats.standard().forCountry(country).canonical(keyed);
        return new DeliveryAddress(blankToNull(a.organisation()),
                a.streetLines().stream().map(String::strip).filter(s -> !s.isEmpty()).toList(),
                blankToNull(a.dependentLocality()), blankToNull(a.city()), canonical.region(), canonical.postcode(), country);
    }

    private static RenewedLine line(OrderRequest r) {
        return r.iccid() != null && !r.iccid().isBlank()
                ? RenewedLine.iccid(OrderValidation.compactIccid(r.iccid()))
                : RenewedLine.phone(OrderValidation.usLine(r.linePhone()).orElseThrow());
    }

    private static Payment payment(OrderRequest r) {
        var p = r.payment();
        return new Payment(OrderValidation.parseEnum(PaymentMethod.class, p.method()).orElseThrow(),
                blankToNull(p.reference()), new Money(p.amount(), p.currency().strip().toUpperCase(Locale.ROOT)));
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
