package com.renewalpost.fulfilment.shipping;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The database's memory of how far a configured range has been used. */
@Entity
@Table(name = "s10_range")
public class S10RangeCursor {

    @Id
    @SequenceGenerator(name = "s10_range_seq", sequenceName = "s10_range_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "s10_range_seq")
    private Long id;

    @Column(name = "service_indicator")
    private String serviceIndicator;

    private String country;

    @Column(name = "first_serial")
    private int firstSerial;

    @Column(name = "last_serial")
    private int lastSerial;

    @Column(name = "next_serial")
    private int nextSerial;

    @Version
    private long version;

    protected S10RangeCursor() {
    }

    S10RangeCursor(S10Range range) {
        this.serviceIndicator = range.serviceIndicator();
        this.country = range.country();
        this.firstSerial = range.firstSerial();
        this.lastSerial = range.lastSerial();
        this.nextSerial = range.firstSerial();
    }

    RangePosition position(S10Range range) {
        return new RangePosition(range, nextSerial);
    }

    void moveTo(RangePosition position) {
        this.nextSerial = position.nextSerial();
    }
}
