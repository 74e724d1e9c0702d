package com.renewalpost.fulfilment.postage;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The tariff zone a destination country falls in; country {@code *} is every unlisted country. */
@Entity
@Table(name = "postage_zone")
public class PostageZone {

    public static final String ANY_COUNTRY = "*";

    @Id
    @SequenceGenerator(name = "postage_zone_seq", sequenceName = "postage_zone_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "postage_zone_seq")
    private Long id;

    private String country;

    private String zone;

    @Version
    private long version;

    protected PostageZone() {
    }

    PostageZone(String country, String zone) {
        this.country = country;
        this.zone = zone;
    }

    void moveTo(String zone) {
        this.zone = zone;
    }

    public String country() { return country; }
    public String zone() { return zone; }
}
