package com.renewalpost.fulfilment.shipping;

import com.renewalpost.fulfilment.orders.TrackingNumber;
import com.renewalpost.fulfilment.orders.Order;
import com.renewalpost.fulfilment.orders.PostalService;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * One letter on its way to a customer: made when its order is printed, packed at a station,
 * handed to the post in one dispatch, with the postage it cost kept for good. Other components
 * are referred to by id (print run, dispatch) so that shipping depends on none of them.
 */
@Entity
@Table(name = "shipment")
public class Shipment {

    @Id
    @SequenceGenerator(name = "shipment_seq", sequenceName = "shipment_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "shipment_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "order_id")
    private Order order;

    @Column(name = "print_run_id")
    private Long printRunId;

    @Enumerated(EnumType.STRING)
    @Column(name = "postal_service")
    private PostalService postalService;

    private String destination;

    @Column(name = "weight_grams")
    private int weightGrams;

    @Column(name = "tracking_number")
    private String trackingNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "tracking_source")
    private TrackingSource trackingSource;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    @Column(name = "packed_at")
    private OffsetDateTime packedAt;

    @Column(name = "packed_by")
    private String packedBy;

    @Column(name = "packing_station")
    private String packingStation;

    @Column(name = "dispatch_id")
    private Long dispatchId;

    @Column(name = "dispatch_line")
    private Integer dispatchLine;

    @Column(name = "added_to_dispatch_at")
    private OffsetDateTime addedToDispatchAt;

    @Column(name = "postage_zone")
    private String postageZone;

    @Column(name = "postage_amount")
    private BigDecimal postageAmount;

    @Column(name = "postage_currency")
    private String postageCurrency;

    @Column(name = "postage_rate_id")
    private Long postageRateId;

    @Enumerated(EnumType.STRING)
    @Column(name = "postage_source")
    private Postage.Source postageSource;

    @Column(name = "postage_reason")
    private String postageReason;

    @Column(name = "posted_on")
    private LocalDate postedOn;

    @Version
    private long version;

    protected Shipment() {
    }

    /** The shipment of an order printed in a run; the mailed weight is the product's. */
    public Shipment(Order order, long printRunId, OffsetDateTime at) {
        this.order = order;
        this.printRunId = printRunId;
        this.postalService = order.postalService();
        this.destination = order.address().countryCode();
        this.weightGrams = order.product().weightGrams();
        this.createdAt = at;
    }

    public void attach(TrackingNumber number, TrackingSource source) {
        if (trackingNumber != null) {
            throw new IllegalStateException("Shipment of " + order.number() + " already has tracking number "
                    + trackingNumber);
        }
        this.trackingNumber = number.value();
        this.trackingSource = source;
    }

    /**
     * Whether the letter still needs the post office's pre-printed tracking label: its service is
     * tracked and no number of ours was printed on it. Such a letter is neither packed nor posted.
     */
    public boolean awaitsTrackingLabel() {
        return postalService.tracked() && trackingNumber == null;
    }

    public void packed(String station, String actor, OffsetDateTime at) {
        this.packingStation = station;
        this.packedBy = actor;
        this.packedAt = at;
    }

    public void addTo(long dispatchId, int line, Postage postage, OffsetDateTime at) {
        if (this.dispatchId != null) {
            throw new IllegalStateException("Shipment of " + order.number() + " is already in dispatch " + this.dispatchId);
        }
        this.dispatchId = dispatchId;
        this.dispatchLine = line;
        this.addedToDispatchAt = at;
        charge(postage);
    }

    public void removeFromDispatch() {
        this.dispatchId = null;
        this.dispatchLine = null;
        this.addedToDispatchAt = null;
        charge(null);
    }

    /** Sets (or with null clears) the postage; an overridden postage is kept until overridden again. */
    public void charge(Postage postage) {
        this.postageZone = postage == null ? null : postage.zone();
        this.postageAmount = postage == null ? null : postage.amount();
        this.postageCurrency = postage == null ? null : postage.currency();
        this.postageRateId = postage == null ? null : postage.rateId();
        this.postageSource = postage == null ? null : postage.source();
        this.postageReason = postage == null ? null : postage.reason();
    }

    public void posted(LocalDate on) {
        this.postedOn = on;
    }

    public Long id() { return id; }
    public Order order() { return order; }
    public Long printRunId() { return printRunId; }
    public PostalService postalService() { return postalService; }
    public String destination() { return destination; }
    public int weightGrams() { return weightGrams; }
    public Optional<TrackingNumber> trackingNumber() {
        return Optional.ofNullable(trackingNumber).map(TrackingNumber::new);
    }
    public Optional<TrackingSource> trackingSource() { return Optional.ofNullable(trackingSource); }
    public OffsetDateTime createdAt() { return createdAt; }
    public Optional<OffsetDateTime> packedAt() { return Optional.ofNullable(packedAt); }
    public String packedBy() { return packedBy; }
    public String packingStation() { return packingStation; }
    public Optional<Long> dispatchId() { return Optional.ofNullable(dispatchId); }
    public Integer dispatchLine() { return dispatchLine; }
    public Optional<Postage> postage() {
        return postageAmount == null ? Optional.empty() : Optional.of(new Postage(postageZone, postageAmount,
                postageCurrency, postageRateId, postageSource, postageReason));
    }
    public Optional<LocalDate> postedOn() { return Optional.ofNullable(postedOn); }
}
