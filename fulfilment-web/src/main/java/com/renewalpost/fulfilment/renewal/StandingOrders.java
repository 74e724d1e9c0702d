package com.renewalpost.fulfilment.renewal;

import com.renewalpost.fulfilment.catalogue.Money;
import com.renewalpost.fulfilment.notifications.EmailQueue;
import com.renewalpost.fulfilment.orders.Channel;
import com.renewalpost.fulfilment.orders.OrderIntake;
import com.renewalpost.fulfilment.orders.OrderRequest;
import com.renewalpost.fulfilment.orders.PaymentMethod;
import com.renewalpost.fulfilment.platform.Clocks;
import com.renewalpost.fulfilment.platform.DomainException;
import com.renewalpost.fulfilment.platform.Message;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Standing orders: support sets one up on a line, skips a period, pauses, resumes or cancels it (each with who and
 * why on the line's timeline); the daily job ({@link StandingOrderRun}) has each period's renewal ordered here,
 * through the normal intake, on the latest day to order. {@link #activeFor} is how other parts (the reminders) tell
 * a line that renews by itself.
 */
@ApplicationScoped
@Transactional
public class StandingOrders {

    /** The timeline's and the orders' actor for what the daily job does. */
    public static final String ACTOR = "standing-order";
    /**
     * The channel of the orders a standing order makes: nobody posts them to us, so the latest day to order is the
     * one of an online order (no letter to us), and (channel, external reference) keeps one order per period.
     */
    public static final Channel CHANNEL = Channel.WEB;
    public static final int MAX_PERIODS = 36;
    public static final int MAX_REASON = 500;
    static final int MAX_REFERENCE = 100;
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("99999.99");
    private static final Pattern CURRENCY = Pattern.compile("[A-Za-z]{3}");

    /** What support sends to set a standing order up: {@code periods} prepaid, or {@code untilCancelled}. */
    public record SetUp(Integer periods, Boolean untilCancelled, OrderRequest.PaymentDetails payment, String reason) {
    }

    @PersistenceContext
    EntityManager em;
    @Inject
    Lines lines;
    @Inject
    OrderIntake intake;
    @Inject
    EmailQueue emails;
    @Inject
    Clock clock;

    /**
     * Whether the line renews by itself: it has a standing order that is ACTIVE (not paused, not ended, with a
     * period left). The reminder job sends no reminder for such a line; a paused, cancelled or used-up one gets the
     * normal reminder and form.
     */
    public boolean activeFor(String lineKey) {
        return open(lineKey).filter(s -> s.status() == StandingOrder.Status.ACTIVE).isPresent();
    }

    /** The line with its standing order and timeline, as the line page and {@code GET /api/lines/{key}} show it. */
    public Optional<LineDetails> details(String lineKey) {
        return lines.view(lineKey).map(view -> new LineDetails(view,
                latest(view.line()).map(this::view).orElse(null), timeline(view.line())));
    }

    public LineDetails setUp(String lineKey, SetUp request, String actor) {
        var line = line(lineKey);
        var problems = new ArrayList<DomainException.FieldError>();
        var why = reason(request == null ? null : request.reason(), problems);
        if (request == null) {
            throw invalid(problems);
        }
        boolean untilCancelled = Boolean.TRUE.equals(request.untilCancelled());
        if (untilCancelled == (request.periods() != null)) {
            problems.add(new DomainException.FieldError("periods", Message.of("standingOrder.periodsOrUntilCancelled",
                    MAX_PERIODS)));
        } else if (!untilCancelled && (request.periods() < 1 || request.periods() > MAX_PERIODS)) {
            problems.add(new DomainException.FieldError("periods", Message.of("standingOrder.periodsRange",
                    MAX_PERIODS)));
        }
        var payment = request.payment();
        PaymentMethod method = null;
        Money amount = null;
        String reference = null;
        if (payment == null) {
            problems.add(new DomainException.FieldError("payment", Message.of("standingOrder.paymentRequired")));
        } else {
            method = parseMethod(payment.method());
            if (method == null) {
                problems.add(new DomainException.FieldError("payment.method", Message.of("standingOrder.paymentMethod",
                        List.of(PaymentMethod.values()).toString())));
            }
            reference = payment.reference() == null || payment.reference().isBlank() ? null : payment.reference().strip();
            if (reference != null && reference.length() > MAX_REFERENCE - 8) {
                problems.add(new DomainException.FieldError("payment.reference",
                        Message.of("standingOrder.referenceTooLong", MAX_REFERENCE - 8)));
            }
            if (payment.amount() == null || payment.amount().signum() <= 0 || payment.amount().compareTo(MAX_AMOUNT) > 0
                    || payment.amount().scale() > 2) {
                problems.add(new DomainException.FieldError("payment.amount", Message.of("standingOrder.amount",
                        MAX_AMOUNT.toPlainString())));
            }
            if (payment.currency() == null || !CURRENCY.matcher(payment.currency().strip()).matches()) {
                problems.add(new DomainException.FieldError("payment.currency", Message.of("standingOrder.currency")));
            }
            if (problems.isEmpty()) {
                amount = new Money(payment.amount(), payment.currency().strip().toUpperCase(Locale.ROOT));
            }
        }
        if (!problems.isEmpty()) {
            throw invalid(problems);
        }
        // the line's row lock: two set-ups of one line at once wait for each other (the unique key backs it)
        em.lock(line, LockModeType.PESSIMISTIC_WRITE);
        if (open(line.key()).isPresent()) {
            throw DomainException.conflict("standing-order-exists", Message.of("standingOrder.exists", line.key()));
        }
        if (line.nextExpiresOn().isEmpty()) {
            throw DomainException.conflict("standing-order-no-expiry", Message.of("standingOrder.noExpiry", line.key()));
        }
        var now = Clocks.now(clock);
        em.persist(new StandingOrder(line.key(), untilCancelled ? null : request.periods(), method, reference, amount,
                actor, now));
        record(line.key(), actor, LineEvent.Kind.SET_UP, why, null);
        return details(line.key()).orElseThrow();
    }

    /** The next period is not ordered: the one for the line's next expiry as it is now. */
    public LineDetails skip(String lineKey, String reason, String actor) {
        var why = requiredReason(reason);
        var line = line(lineKey);
        var standing = lockedOpen(line.key());
        var expiry = line.nextExpiresOn().orElseThrow(() -> DomainException.conflict("standing-order-no-expiry",
                Message.of("standingOrder.noExpiry", line.key())));
        standing.skip(expiry, Clocks.now(clock));
        record(line.key(), actor, LineEvent.Kind.SKIPPED, why, null);
        return details(line.key()).orElseThrow();
    }

    public LineDetails pause(String lineKey, String reason, String actor) {
        var why = requiredReason(reason);
        var line = line(lineKey);
        lockedOpen(line.key()).pause(Clocks.now(clock));
        record(line.key(), actor, LineEvent.Kind.PAUSED, why, null);
        return details(line.key()).orElseThrow();
    }

    public LineDetails resume(String lineKey, String reason, String actor) {
        var why = requiredReason(reason);
        var line = line(lineKey);
        lockedOpen(line.key()).resume(Clocks.now(clock));
        record(line.key(), actor, LineEvent.Kind.RESUMED, why, null);
        return details(line.key()).orElseThrow();
    }

    public LineDetails cancel(String lineKey, String reason, String actor) {
        var why = requiredReason(reason);
        var line = line(lineKey);
        lockedOpen(line.key()).cancel(Clocks.now(clock));
        record(line.key(), actor, LineEvent.Kind.CANCELLED, why, null);
        return details(line.key()).orElseThrow();
    }

    /** The standing orders the daily job looks at: the active ones (paused and ended ones order nothing). */
    public List<Long> activeIds() {
        return em.createQuery("SELECT s.id FROM StandingOrder s WHERE s.status = :active ORDER BY s.id", Long.class)
                .setParameter("active", StandingOrder.Status.ACTIVE).getResultList();
    }

    /**
     * Orders the standing order's next period if today is its day, in one transaction with the standing order's row
     * locked: two runs (or two instances) at once order it once, the second finding it ordered. The order goes
     * through the normal intake with an external reference per period, and its "next card on its way" email is
     * queued with it. Returns the order number when one was made.
     */
    public Optional<String> orderIfDue(long standingOrderId) {
        var standing = em.find(StandingOrder.class, standingOrderId, LockModeType.PESSIMISTIC_WRITE);
        if (standing == null) {
            return Optional.empty();
        }
        var line = lines.line(standing.lineKey());
        var today = LocalDate.now(clock);
        var expiry = line.flatMap(Line::nextExpiresOn).orElse(null);
        var latestDay = line.flatMap(l -> lines.latestDayToOrder(l, CHANNEL)).map(LatestDayToOrder::date).orElse(null);
        if (StandingOrderDecision.today(standing.state(), expiry, latestDay, today)
                != StandingOrderDecision.Outcome.ORDER) {
            return Optional.empty();
        }
        var receipt = intake.receive(request(line.get(), standing), null, ACTOR);
        var order = receipt.order();
        if (receipt.created()) {
            emails.queueNextCardOnItsWay(order, ACTOR);
        }
        standing.ordered(expiry, Clocks.now(clock));
        record(standing.lineKey(), ACTOR, LineEvent.Kind.ORDERED, null, order.number().value());
        if (!standing.open()) {
            record(standing.lineKey(), ACTOR, LineEvent.Kind.ENDED, null, null);
        }
        return Optional.of(order.number().value());
    }

    /** The next period's order: the latest order's customer, address, product and line; the plan as the line has it. */
    private static OrderRequest request(Line line, StandingOrder standing) {
        var latest = line.latestOrder();
        var customer = latest.customer();
        var address = latest.address();
        var payment = standing.nextPeriodPayment();
        var period = standing.periodsOrdered() + 1;
        return new OrderRequest(customer.name(), customer.nameLatin(), customer.email(), customer.phone(),
                customer.language(),
                new OrderRequest.Address(address.organisation(), address.streetLines(), address.dependentLocality(),
                        address.city(), address.region(), address.postcode(), address.countryCode()),
                latest.product().sku(), latest.line().iccid(), latest.line().phone(),
                line.nextExpiresOn().orElseThrow(), latest.orderedPostalService().name(), CHANNEL.name(),
                standing.nextReference(),
                new OrderRequest.PaymentDetails(standing.paymentMethod().name(),
                        standing.paymentReference().map(r -> r + "/" + period).orElse(null), payment.amount(),
                        payment.currency(), null),
                null);
    }

    private Line line(String lineKey) {
        if (lineKey == null || lineKey.isBlank() || lineKey.strip().length() > Lines.MAX_KEY_LENGTH) {
            throw unknownLine(lineKey);
        }
        return lines.line(lineKey.strip()).orElseThrow(() -> unknownLine(lineKey));
    }

    private static DomainException unknownLine(String lineKey) {
        return DomainException.notFound("unknown-line", Message.of("standingOrder.unknownLine"));
    }

    private Optional<StandingOrder> open(String lineKey) {
        return em.createQuery("SELECT s FROM StandingOrder s WHERE s.openLineKey = :k", StandingOrder.class)
                .setParameter("k", lineKey).getResultStream().findFirst();
    }

    private StandingOrder lockedOpen(String lineKey) {
        return open(lineKey).map(s -> em.find(StandingOrder.class, s.id(), LockModeType.PESSIMISTIC_WRITE))
                .filter(StandingOrder::open)
                .orElseThrow(() -> DomainException.conflict("no-standing-order",
                        Message.of("standingOrder.none", lineKey)));
    }

    private Optional<StandingOrder> latest(String lineKey) {
        return em.createQuery("SELECT s FROM StandingOrder s WHERE s.lineKey = :k ORDER BY s.setUpAt DESC, s.id DESC",
                        StandingOrder.class)
                .setParameter("k", lineKey).setMaxResults(1).getResultStream().findFirst();
    }

    private List<LineEventView> timeline(String lineKey) {
        return em.createQuery("SELECT e FROM LineEvent e WHERE e.lineKey = :k ORDER BY e.at DESC, e.id DESC",
                        LineEvent.class)
                .setParameter("k", lineKey).setMaxResults(200).getResultStream().map(LineEvent::view).toList();
    }

    private StandingOrderView view(StandingOrder s) {
        var line = lines.line(s.lineKey());
        var expiry = line.flatMap(Line::nextExpiresOn).orElse(null);
        var nextOrderOn = s.open() ? line.flatMap(l -> lines.latestDayToOrder(l, CHANNEL))
                .map(LatestDayToOrder::date).orElse(null) : null;
        return new StandingOrderView(s.id(), s.status(), s.periodsPrepaid().orElse(null), s.periodsOrdered(),
                s.periodsPrepaid().map(p -> p - s.periodsOrdered()).orElse(null), s.paymentMethod(),
                s.paymentReference().orElse(null), s.payment().amount(), s.payment().currency(),
                s.skipExpiry().filter(d -> d.equals(expiry)).orElse(null), expiry, nextOrderOn, s.setUpBy(),
                s.setUpAt());
    }

    private void record(String lineKey, String actor, LineEvent.Kind kind, String reason, String orderNumber) {
        em.persist(new LineEvent(lineKey, Clocks.now(clock), actor, kind, reason, orderNumber));
    }

    private static PaymentMethod parseMethod(String typed) {
        if (typed == null) {
            return null;
        }
        try {
            return PaymentMethod.valueOf(typed.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    private static String requiredReason(String typed) {
        var problems = new ArrayList<DomainException.FieldError>();
        var why = reason(typed, problems);
        if (!problems.isEmpty()) {
            throw invalid(problems);
        }
        return why;
    }

    /** The reason, required and at most {@value #MAX_REASON} characters. */
    private static String reason(String typed, List<DomainException.FieldError> problems) {
        if (typed == null || typed.isBlank()) {
            problems.add(new DomainException.FieldError("reason", Message.of("support.reasonRequired")));
            return null;
        }
        if (typed.strip().length() > MAX_REASON) {
            problems.add(new DomainException.FieldError("reason", Message.of("standingOrder.reasonTooLong", MAX_REASON)));
            return null;
        }
        return typed.strip();
    }

    private static DomainException invalid(List<DomainException.FieldError> problems) {
        return DomainException.invalid("invalid-standing-order", Message.of("problem.fieldsNeedAttention",
                problems.size())).withErrors(null, problems);
    }
}
