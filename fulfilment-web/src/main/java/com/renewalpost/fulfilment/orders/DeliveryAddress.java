package com.renewalpost.fulfilment.orders;

import com.renewalpost.labels.address.PostalAddress;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.util.List;
import java.util.stream.Stream;

/** Where the letter goes, in Latin script, in the parts the destination country's format names. */
@Embeddable
public class DeliveryAddress {

    @Column(name = "address_organisation")
    private String organisation;
    @Column(name = "address_street1")
    private String street1;
    @Column(name = "address_street2")
    private String street2;
    @Column(name = "address_street3")
    private String street3;
    @Column(name = "address_locality")
    private String dependentLocality;
    @Column(name = "address_city")
    private String city;
    @Column(name = "address_region")
    private String region;
    @Column(name = "address_postcode")
    private String postcode;
    @Column(name = "address_country")
    private String countryCode;

    protected DeliveryAddress() {
    }

    public DeliveryAddress(String organisation, List<String> streetLines, String dependentLocality, String city,
                           String region, String postcode, String countryCode) {
        if (streetLines.isEmpty() || streetLines.size() > 3) {
            throw new IllegalArgumentException("An address has one to three street lines");
        }
        this.organisation = organisation;
        this.street1 = streetLines.get(0);
        this.street2 = streetLines.size() > 1 ? streetLines.get(1) : null;
        this.street3 = streetLines.size() > 2 ? streetLines.get(2) : null;
        this.dependentLocality = dependentLocality;
        this.city = city;
        this.region = region;
        this.postcode = postcode;
        this.countryCode = countryCode;
    }

    public List<String> streetLines() {
        return Stream.of(street1, street2, street3).filter(s -> s != null && !s.isBlank()).toList();
    }

    public PostalAddress toPostalAddress(String recipientName) {
        return new PostalAddress(recipientName, organisation, streetLines(), dependentLocality, city, region,
                postcode, countryCode);
    }

    public String organisation() { return organisation; }
    public String dependentLocality() { return dependentLocality; }
    public String city() { return city; }
    public String region() { return region; }
    public String postcode() { return postcode; }
    public String countryCode() { return countryCode; }
}
