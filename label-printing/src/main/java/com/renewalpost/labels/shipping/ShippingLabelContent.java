package com.renewalpost.labels.shipping;

import com.renewalpost.labels.address.PostalAddress;

import java.util.Objects;

/**
 * One 4x6 shipping label.
 *
 * @param orderNumber    opaque order number, printed and encoded as Code 128
 * @param recipient      destination address in Latin script; laid out per country by {@code AddressFormats}
 * @param service        the mail service as printed, e.g. "FIRST-CLASS MAIL INTERNATIONAL"
 * @param trackingNumber UPU S10 number (e.g. RB123456785US) when the item has one, else null
 * @param customs        the CN22 when the destination requires one, else null
 * @param postOfficeLabel the item goes by a tracked service whose number comes on the post office's pre-printed
 *                        sticker, stuck on at packing: the label keeps a marked box for it (never with a tracking
 *                        number of ours)
 */
public record ShippingLabelContent(String orderNumber, PostalAddress recipient, String service, String trackingNumber,
        CustomsDeclaration customs, boolean postOfficeLabel) {

    /** A label that needs no post office sticker. */
    public ShippingLabelContent(String orderNumber, PostalAddress recipient, String service, String trackingNumber,
            CustomsDeclaration customs) {
        this(orderNumber, recipient, service, trackingNumber, customs, false);
    }

    public ShippingLabelContent {
        Objects.requireNonNull(recipient, "recipient");
        if (orderNumber == null || orderNumber.isBlank()) {
            throw new IllegalArgumentException("Order number is required");
        }
        if (service == null || service.isBlank()) {
            throw new IllegalArgumentException("Mail service is required on a label");
        }
        if (recipient.countryCode() == null || recipient.countryCode().isBlank()) {
            throw new IllegalArgumentException("Recipient country is required");
        }
        orderNumber = orderNumber.strip();
        service = service.strip();
        trackingNumber = trackingNumber == null || trackingNumber.isBlank() ? null : S10Number.requireValid(trackingNumber);
        if (postOfficeLabel && trackingNumber != null) {
            throw new IllegalArgumentException("A label with tracking number " + trackingNumber
                    + " takes no post office sticker: one item, one tracking number");
        }
    }
}
