package com.renewalpost.fulfilment.postage;

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

    @Version
    private long version;

    protected DeliveryStandard() {
    }

    public String destination() { return destination; }
    public PostalService service() { return service; }
    public int transitDays() { return transitDays; }
    public Source source() { return source; }
}
