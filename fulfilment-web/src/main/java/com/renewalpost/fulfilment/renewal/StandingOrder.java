package com.renewalpost.fulfilment.renewal;

import com.renewalpost.fulfilment.catalogue.Money;
import com.renewalpost.fulfilment.orders.PaymentMethod;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * A line's standing order: the system orders each plan period's renewal by itself, prepaid for a number of periods
 * (the payment recorded here covers them all) or until cancelled (the payment arrangement on file, charged per
 * period by whoever holds it). Open while ACTIVE or PAUSED; CANCELLED by support, ENDED when the prepaid periods
 * are used up.
 */
@Entity
@Table(name = "standing_order")
public class StandingOrder {

    public enum Status { ACTIVE, PAUSED, CANCELLED, ENDED }

    @Id
    @SequenceGenerator(name = "standing_order_seq", sequenceName = "standing_order_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "standing_order_seq")
    private Long id;

    @Column(name = "line_key")
    private String lineKey;

    @Column(name = "open_line_key")
    private String openLineKey;

    @Enumerated(EnumType.STRING)
    private Status status;

    @Column(name = "periods_prepaid")
    private Integer periodsPrepaid;

    @Column(name = "periods_ordered")
    private int periodsOrdered;

    @Enumerated(EnumType.STRING)
    @Column(name = "payment_method")
    private PaymentMethod paymentMethod;

    @Column(name = "payment_reference")
    private String paymentReference;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "amount", column = @Column(name = "payment_amount")),
            @AttributeOverride(name = "currency", column = @Column(name = "payment_currency"))})
    private Money payment;

    @Column(name = "skip_expiry")
    private LocalDate skipExpiry;

    @Column(name = "last_ordered_expiry")
    private LocalDate lastOrderedExpiry;

    @Column(name = "set_up_by")
    private String setUpBy;

    @Column(name = "set_up_at")
    private OffsetDateTime setUpAt;

    @Column(name = "updated_at")
    private OffsetDateTime updatedAt;

    @Version
    private long version;

    protected StandingOrder() {
    }

    /**
     * @param periodsPrepaid the periods paid for, or null until cancelled
     * @param payment        prepaid: the whole amount paid; until cancelled: the amount charged each period
     */
    StandingOrder(String lineKey, Integer periodsPrepaid, PaymentMethod method, String reference, Money payment,
                  String actor, OffsetDateTime at) {
        if (periodsPrepaid != null && periodsPrepaid < 1) {
            throw new IllegalArgumentException("periods prepaid " + periodsPrepaid);
        }
        this.lineKey = lineKey;
        this.openLineKey = lineKey;
        this.status = Status.ACTIVE;
        this.periodsPrepaid = periodsPrepaid;
        this.paymentMethod = method;
        this.paymentReference = reference;
        this.payment = payment;
        this.setUpBy = actor;
        this.setUpAt = at;
        this.updatedAt = at;
    }

    /** What the daily job needs to decide, as a value (see {@link StandingOrderDecision}). */
    StandingOrderDecision.State state() {
        return new StandingOrderDecision.State(status, periodsPrepaid, periodsOrdered, skipExpiry, lastOrderedExpiry);
    }

    /** The external reference of the order for the next period: the same on every run, so intake keeps one. */
    String nextReference() {
        return "SO-" + lineKey + "-" + (periodsOrdered + 1);
    }

    /**
     * The payment the next period's order carries: prepaid, its share of the amount paid (the last period takes
     * what rounding leaves); until cancelled, the amount of one period.
     */
    Money nextPeriodPayment() {
        if (periodsPrepaid == null) {
            return payment;
        }
        var scale = Math.max(2, payment.amount().scale());
        var share = payment.amount().divide(BigDecimal.valueOf(periodsPrepaid), scale, RoundingMode.DOWN);
        if (periodsOrdered + 1 == periodsPrepaid) {
            share = payment.amount().subtract(share.multiply(BigDecimal.valueOf(periodsPrepaid - 1L)));
        }
        return new Money(share, payment.currency());
    }

    /** One period ordered for the line's plan expiring on {@code expiry}; ends the standing order when none is left. */
    void ordered(LocalDate expiry, OffsetDateTime at) {
        periodsOrdered++;
        lastOrderedExpiry = expiry;
        if (periodsPrepaid != null && periodsOrdered >= periodsPrepaid) {
            end(Status.ENDED);
        }
        updatedAt = at;
    }

    void skip(LocalDate expiry, OffsetDateTime at) {
        requireOpen();
        skipExpiry = expiry;
        updatedAt = at;
    }

    void pause(OffsetDateTime at) {
        requireOpen();
        status = Status.PAUSED;
        updatedAt = at;
    }

    void resume(OffsetDateTime at) {
        requireOpen();
        status = Status.ACTIVE;
        updatedAt = at;
    }

    void cancel(OffsetDateTime at) {
        requireOpen();
        end(Status.CANCELLED);
        updatedAt = at;
    }

    private void end(Status ended) {
        status = ended;
        openLineKey = null;
    }

    private void requireOpen() {
        if (!open()) {
            throw new IllegalStateException("standing order " + id + " has ended");
        }
    }

    public boolean open() {
        return status == Status.ACTIVE || status == Status.PAUSED;
    }

    public Long id() { return id; }
    public String lineKey() { return lineKey; }
    public Status status() { return status; }
    public Optional<Integer> periodsPrepaid() { return Optional.ofNullable(periodsPrepaid); }
    public int periodsOrdered() { return periodsOrdered; }
    public PaymentMethod paymentMethod() { return paymentMethod; }
    public Optional<String> paymentReference() { return Optional.ofNullable(paymentReference); }
    public Money payment() { return payment; }
    public Optional<LocalDate> skipExpiry() { return Optional.ofNullable(skipExpiry); }
    public Optional<LocalDate> lastOrderedExpiry() { return Optional.ofNullable(lastOrderedExpiry); }
    public String setUpBy() { return setUpBy; }
    public OffsetDateTime setUpAt() { return setUpAt; }
}
