package com.renewalpost.fulfilment.orders;

import com.renewalpost.fulfilment.orders.PostalService;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** Calendar days a letter takes from posting to delivery, for one destination and service. */
@Entity
@Table(name = "delivery_standard")
public class DeliveryStandard {

    /** The destination of the row that applies where no country has its own. */
    public static final String ANY_DESTINATION = "*";

    public enum Source { SEEDED, ADMIN, LEARNED }

    @Id
    @SequenceGenerator(name = "delivery_standard_seq", sequenceName = "delivery_standard_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "delivery_standard_seq")
    private Long id;

    private String destination;

    @Enumerated(EnumType.STRING)
    private PostalService service;

    @Column(name = "transit_days")
    private int transitDays;

    @Enumerated(EnumType.STRING)
    private Source source;

    /** The 80th percentile of recent tracked deliveries, when there were enough of them; else null. */
    @Column(name = "learned_days")
    private Integer learnedDays;

    /** How many deliveries {@code learnedDays} stands on. */
    @Column(name = "learned_from")
    private Integer learnedFrom;

    @Column(name = "learned_at")
    private java.time.OffsetDateTime learnedAt;

    @Version
    private long version;

    protected DeliveryStandard() {
    }

    /** A row for a destination that had none of its own, made when deliveries to it taught a standard. */
    public static DeliveryStandard learnedFor(String destination, PostalService service, int defaultDays) {
        var s = new DeliveryStandard();
        s.destination = destination;
        s.service = service;
        s.transitDays = defaultDays;
        s.source = Source.LEARNED;
        return s;
    }

    /** Records what the deliveries taught (both null: too few deliveries, the set figure applies again). */
    public void learned(Integer days, Integer deliveries, java.time.OffsetDateTime at) {
        if ((days == null) != (deliveries == null) || (days != null && (days < 1 || deliveries < 1))) {
            throw new IllegalArgumentException("a learned standard needs positive days and deliveries, or neither");
        }
        this.learnedDays = days;
        this.learnedFrom = deliveries;
        this.learnedAt = at;
    }

    /** The figure in use: the learned one once there is one, else the seeded or admin's. */
    public int effectiveDays() {
        return learnedDays != null ? learnedDays : transitDays;
    }

    public java.util.Optional<Integer> learnedDays() { return java.util.Optional.ofNullable(learnedDays); }
    public java.util.Optional<Integer> learnedFrom() { return java.util.Optional.ofNullable(learnedFrom); }
    public java.util.Optional<java.time.OffsetDateTime> learnedAt() { return java.util.Optional.ofNullable(learnedAt); }

    public String destination() { return destination; }
    public PostalService service() { return service; }
    public int transitDays() { return transitDays; }
    public Source source() { return source; }
}
