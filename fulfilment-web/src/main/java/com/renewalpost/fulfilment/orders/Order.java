package com.renewalpost.fulfilment.orders;

import com.renewalpost.fulfilment.catalogue.Product;
import com.renewalpost.fulfilment.platform.Message;
import com.renewalpost.fulfilment.platform.MessageColumn;
import com.renewalpost.fulfilment.platform.Text;
import com.renewalpost.fulfilment.platform.Verbatim;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.LockModeType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The order at the centre of the back office. Its status only changes through
 * {@link #transition}, which checks {@link OrderStatus} and writes the timeline.
 */
@Entity
@Table(name = "customer_order")
@NamedQuery(name = Order.LOCKED_BY_ID, query = "SELECT o FROM Order o WHERE o.id = :id",
        lockMode = LockModeType.PESSIMISTIC_WRITE)
public class Order {

    /**
     * The order by its id (parameter {@code id}), its row locked until the end of the transaction, as the
     * webhook reads it. (EclipseLink still prepares a locking read by id again on each call, as it does a
     * locking find: about 2 % of a webhook event's CPU in the profile.)
     */
    public static final String LOCKED_BY_ID = "Order.lockedById";

    @Id
    @SequenceGenerator(name = "customer_order_seq", sequenceName = "customer_order_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "customer_order_seq")
    private Long id;

    @Column(name = "order_number")
    private String number;

    @Enumerated(EnumType.STRING)
    private OrderStatus status;

    @Embedded
    private Customer customer;

    @Embedded
    private DeliveryAddress address;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "product_id")
    private Product product;

    @Embedded
    private RenewedLine line;

    @Column(name = "plan_expires_on")
    private LocalDate planExpiresOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "postal_service")
    private PostalService postalService;

    /** The service the customer ordered, kept once the warehouse chose a faster one for this letter; else null. */
    @Enumerated(EnumType.STRING)
    @Column(name = "ordered_postal_service")
    private PostalService orderedPostalService;

    @Enumerated(EnumType.STRING)
    private Channel channel;

    @Column(name = "external_reference")
    private String externalReference;

    @Column(name = "idempotency_key")
    private String idempotencyKey;

    @Embedded
    private Payment payment;

    private String notes;

    @Column(name = "hold_reason")
    private String holdReason;

    /** The hold's reason as the system worded it (null when a person wrote it, or before V15). */
    @Convert(converter = MessageColumn.class)
    @Column(name = "hold_reason_message")
    private Message holdReasonMessage;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    @Column(name = "updated_at")
    private OffsetDateTime updatedAt;

    /** The day the letter was handed to the post (the order's one posting date), set by {@link #post}; else null. */
    @Column(name = "posted_on")
    private LocalDate postedOn;

    /**
     * While the letter is in the post and no automatic code email has been queued: the last day of its delivery
     * standard (grace days not included); else null. The delay check reads the range of it that has run out.
     */
    @Column(name = "standard_ends_on")
    private LocalDate standardEndsOn;

    /**
     * The plan's last day while the order may still need its automatic code email (none queued yet, neither
     * delivered nor cancelled); else null. The at-risk check reads the range of it that expires soon.
     */
    @Column(name = "plan_expiry_watched")
    private LocalDate planExpiryWatched;

    /** When the order first reached each status, for the customers' tracking: see {@link Milestones}. */
    @Column(name = "milestones")
    private String milestones;

    @Version
    private long version;

    /**
     * Made by the constructor, not by an initialiser: a locking read refreshes the order, and
     * EclipseLink then reads the whole timeline into a collection the empty constructor had already
     * made (every webhook event read all of its order's entries).
     */
    @OneToMany(mappedBy = "order", cascade = CascadeType.PERSIST)
    @OrderBy("occurredAt, id")
    private List<TimelineEntry> timeline;

    private static final int HOLD_REASON_LENGTH = 500;

    protected Order() {
    }

    /** A new order as received; it enters its life as {@link OrderStatus#RECEIVED}. */
    public Order(OrderNumber number, Customer customer, DeliveryAddress address, Product product, RenewedLine line,
                 LocalDate planExpiresOn, PostalService postalService, Channel channel, String externalReference,
                 String idempotencyKey, Payment payment, String notes, OffsetDateTime receivedAt, String actor) {
        this.number = number.value();
        this.customer = customer;
        this.address = address;
        this.product = product;
        this.line = line;
        this.planExpiresOn = planExpiresOn;
        this.postalService = postalService;
        this.channel = channel;
        this.externalReference = externalReference;
        this.idempotencyKey = idempotencyKey;
        this.payment = payment;
        this.notes = notes;
        this.status = OrderStatus.RECEIVED;
        this.createdAt = receivedAt;
        this.updatedAt = receivedAt;
        this.timeline = new ArrayList<>();
        timeline.add(TimelineEntry.transition(this, receivedAt, actor, null, OrderStatus.RECEIVED,
                Message.of("timeline.received." + channel.name())));
        milestones = Milestones.with(null, OrderStatus.RECEIVED, receivedAt);
        planExpiryWatched = planExpiresOn;
    }

    /**
     * Moves the order along its life, or refuses with {@link IllegalTransitionException}.
     * A hold carries its reason until the order is released. A letter goes to the post by {@link #post}, which
     * records its posting day with the move.
     */
    public void transition(OrderStatus target, String actor, Text reason, OffsetDateTime at) {
        if (target == OrderStatus.POSTED && status.canBecome(target)) {
            throw new IllegalArgumentException("order " + number + ": a letter is posted with its posting day (Order.post)");
        }
        move(target, actor, reason, at);
    }

    /**
     * The move to {@link OrderStatus#POSTED}: the letter was handed to the post on {@code postedOn}, and its delivery
     * standard (the days for its destination and service) runs out {@code standardDays} later.
     */
    public void post(LocalDate postedOn, int standardDays, String actor, Text reason, OffsetDateTime at) {
        move(OrderStatus.POSTED, actor, reason, at);
        this.postedOn = postedOn;
        this.standardEndsOn = postedOn.plusDays(standardDays);
    }

    /** The automatic code email is queued: nothing more for the delay check to decide about this letter. */
    public void automaticCodeEmailQueued() {
        standardEndsOn = null;
        planExpiryWatched = null;
    }

    private void move(OrderStatus target, String actor, Text reason, OffsetDateTime at) {
        if (!status.canBecome(target)) {
            throw new IllegalTransitionException(number, status, target);
        }
        var from = status;
        status = target;
        if (from == OrderStatus.POSTED) {
            // delivered, returned or lost: no longer a letter the delay check waits for
            standardEndsOn = null;
        }
        if (target == OrderStatus.DELIVERED || target == OrderStatus.CANCELLED) {
            // no code email is needed any more, however soon the plan expires
            planExpiryWatched = null;
        }
        var hold = target == OrderStatus.ON_HOLD ? reason : null;
        holdReason = hold == null ? null : TimelineEntry.kept(hold, HOLD_REASON_LENGTH);
        holdReasonMessage = hold instanceof Message message ? message : null;
        updatedAt = at;
        timeline.add(TimelineEntry.transition(this, at, actor, from, target, reason));
        milestones = Milestones.with(milestones, target, at);
    }

    /** The same with the words of the person who moves the order (null: none). */
    public void transition(OrderStatus target, String actor, String personsReason, OffsetDateTime at) {
        transition(target, actor, personsReason == null ? null : new Verbatim(personsReason), at);
    }

    /** Something worth knowing that is not a change of status (a reprint, a note, an email). */
    public void record(TimelineEntry.Kind kind, String actor, Text text, OffsetDateTime at) {
        timeline.add(TimelineEntry.event(this, at, actor, kind, status, text));
        updatedAt = at;
    }

    /**
     * Support's correction of the address before printing; the caller has validated it with the
     * intake's rules. The timeline keeps the old address.
     */
    public void changeAddress(DeliveryAddress corrected, String actor, Text why, OffsetDateTime at) {
        requireBeforePrinting();
        address = corrected;
        record(TimelineEntry.Kind.CHANGE, actor, why, at);
    }

    /** Support's change of the product before printing (the order must hold no code of the old one). */
    public void changeProduct(Product other, String actor, Text why, OffsetDateTime at) {
        requireBeforePrinting();
        product = other;
        record(TimelineEntry.Kind.CHANGE, actor, why, at);
    }

    /**
     * The one way an order's postal service changes: the warehouse confirmed the faster service the print queue
     * proposed ({@link ServiceChoices}). Before printing only, as the shipment, its label and its postage are made
     * from the order's service at printing.
     */
    public void changePostalService(PostalService other, String actor, Text why, OffsetDateTime at) {
        requireBeforePrinting();
        if (orderedPostalService == null) {
            orderedPostalService = postalService;
        }
        postalService = other;
        record(TimelineEntry.Kind.CHANGE, actor, why, at);
    }

    private void requireBeforePrinting() {
        if (!status.isBeforePrinting()) {
            throw new IllegalStateException("order " + number + " is " + status + ": printed, too late to change");
        }
    }

    /** The same with the words of a person (a note). */
    public void record(TimelineEntry.Kind kind, String actor, String personsText, OffsetDateTime at) {
        record(kind, actor, new Verbatim(personsText), at);
    }

    public Long id() { return id; }
    public OrderNumber number() { return new OrderNumber(number); }
    public OrderStatus status() { return status; }
    public Customer customer() { return customer; }
    public DeliveryAddress address() { return address; }
    public Product product() { return product; }
    public RenewedLine line() { return line; }
    public Optional<LocalDate> planExpiresOn() { return Optional.ofNullable(planExpiresOn); }
    /** The service this letter goes by. */
    public PostalService postalService() { return postalService; }
    /**
     * The service the customer ordered: what their renewals go by (the line, its renewal form, a standing order),
     * though this one letter went faster.
     */
    public PostalService orderedPostalService() {
        return orderedPostalService != null ? orderedPostalService : postalService;
    }
    public Channel channel() { return channel; }
    public String externalReference() { return externalReference; }
    public Payment payment() { return payment; }
    public String notes() { return notes; }
    /** Why the order is held, in English (as stored). */
    public Optional<String> holdReason() { return Optional.ofNullable(holdReason); }
    /** Why the order is held, in the reader's language where the system worded it. */
    public Optional<String> holdReason(Locale locale) {
        return holdReasonMessage != null ? Optional.of(holdReasonMessage.in(locale)) : holdReason();
    }
    /** The day the letter was handed to the post, once it was. */
    public Optional<LocalDate> postedOn() { return Optional.ofNullable(postedOn); }
    /** The last day of the letter's delivery standard while the delay check has still to decide about it. */
    public Optional<LocalDate> standardEndsOn() { return Optional.ofNullable(standardEndsOn); }
    /** The plan's last day while the at-risk check has still to decide about the order. */
    public Optional<LocalDate> planExpiryWatched() { return Optional.ofNullable(planExpiryWatched); }
    public OffsetDateTime createdAt() { return createdAt; }
    public OffsetDateTime updatedAt() { return updatedAt; }
    public List<TimelineEntry> timeline() { return Collections.unmodifiableList(timeline); }

    /**
     * When the order first reached each status, oldest first, as its transitions kept them; empty
     * for an order whose row was written without them (then its timeline tells).
     */
    public Optional<List<Milestones.Milestone>> milestones() {
        return Optional.ofNullable(milestones).map(Milestones::decode);
    }
}
