package com.renewalpost.fulfilment.orders;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;

/**
 * An order as the REST API shows it. The activation code is only ever shown masked (its last
 * four characters, so support can tell which code a customer reads out); revealing it is a
 * separate, audited call. What the system wrote (the hold's reason, the timeline's) is worded in the
 * reader's language; codes (status, kind, service...) stay codes.
 */
public record OrderView(
        String number,
        String status,
        String holdReason,
        CustomerView customer,
        AddressView address,
        ProductView product,
        String iccid,
        String linePhone,
        LocalDate planExpiresOn,
        String postalService,
        String channel,
        String externalReference,
        PaymentView payment,
        String notes,
        String maskedCode,
        OffsetDateTime createdAt,
        List<TimelineView> timeline) implements Serializable {

    public record CustomerView(String name, String nameLatin, String email, String phone, String language)
            implements Serializable {
    }

    public record AddressView(String organisation, List<String> streetLines, String dependentLocality, String city,
                              String region, String postcode, String country, List<String> labelLines)
            implements Serializable {
    }

    public record ProductView(String sku, String name, String kind) implements Serializable {
    }

    public record PaymentView(String method, String reference, BigDecimal amount, String currency)
            implements Serializable {
    }

    public record TimelineView(OffsetDateTime at, String actor, String kind, String from, String to, String reason)
            implements Serializable {
        static TimelineView of(TimelineEntry t, Locale locale) {
            return new TimelineView(t.occurredAt(), t.actor(), t.kind().name(),
                    t.fromStatus() == null ? null : t.fromStatus().name(),
                    t.toStatus() == null ? null : t.toStatus().name(), t.reason(locale));
        }
    }

    /** A line of a search result. */
    public record Summary(String number, String status, String customerName, String customerNameLatin,
                          String email, String country, String productSku, String channel, String trackingNumber,
                          OffsetDateTime createdAt) implements Serializable {
        static Summary of(Order o, String trackingNumber) {
            return new Summary(o.number().value(), o.status().name(), o.customer().name(),
                    o.customer().nameLatin(), o.customer().email(), o.address().countryCode(), o.product().sku(),
                    o.channel().name(), trackingNumber, o.createdAt());
        }
    }

    /** The code with all but its last four characters hidden. */
    static String mask(String code) {
        return code.length() <= 8 ? "••••" : "••••" + code.substring(code.length() - 4);
    }

    static OrderView of(Order o, String maskedCode, List<String> labelLines, Locale locale) {
        var c = o.customer();
        var a = o.address();
        var p = o.payment();
        return new OrderView(o.number().value(), o.status().name(), o.holdReason(locale).orElse(null),
                new CustomerView(c.name(), c.nameLatin(), c.email(), c.phone(), c.language()),
                new AddressView(a.organisation(), a.streetLines(), a.dependentLocality(), a.city(), a.region(),
                        a.postcode(), a.countryCode(), labelLines),
                new ProductView(o.product().sku(), o.product().name(), o.product().kind().name()),
                o.line().iccid(), o.line().phone(), o.planExpiresOn().orElse(null), o.postalService().name(),
                o.channel().name(), o.externalReference(),
                new PaymentView(p.method().name(), p.reference(), p.amount().amount(), p.amount().currency()),
                o.notes(), maskedCode, o.createdAt(),
                o.timeline().stream().map(t -> TimelineView.of(t, locale)).toList());
    }
}
