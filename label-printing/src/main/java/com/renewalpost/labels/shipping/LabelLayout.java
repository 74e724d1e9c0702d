package com.renewalpost.labels.shipping;

import com.renewalpost.labels.PrintSettings;
import com.renewalpost.labels.Sender;
import com.renewalpost.labels.address.AddressFormats;
import com.renewalpost.labels.address.PostalAddress;

import java.util.List;
import java.util.Locale;

/**
 * Where everything sits on a 4x6 in label and what it says, shared by the PDF and the ZPL renderings so that both
 * carry the same content in the same places. Units are points (1/72 in) from the label's top-left corner.
 */
final class LabelLayout {

    static final float WIDTH = 288;
    static final float HEIGHT = 432;
    private static final float MARGIN = 8;
    private static final float TRACKING_HEIGHT = 58;
    private static final float CUSTOMS_HEIGHT = 124;
    // the order line above a full-width Code 128: a real order number (RP- and 9 symbols) needs 561 dots at 3-dot modules
    private static final float ORDER_HEIGHT = 40;

    /** A rectangle with its top-left corner at (x, y), y growing downwards. */
    record Box(float x, float y, float width, float height) {
        float bottom() {
            return y + height;
        }
    }

    final Box from;
    final Box postage;
    final Box service;
    final Box recipient;
    final Box tracking;
    final Box customs;
    final Box order;

    final List<String> fromLines;
    final List<String> postageLines;
    final String serviceText;
    final List<String> recipientLines;
    final String trackingNumber;
    final String trackingHumanReadable;
    final CustomsDeclaration declaration;
    final String originCountryName;
    final String orderNumber;

    /** The sender's return address lines, the same on every label: computed once per renderer. */
    static List<String> returnAddress(PrintSettings settings) {
        Sender sender = settings.sender();
        PostalAddress a = sender.address();
        return AddressFormats.standard().forCountry(a.countryCode()).labelLines(new PostalAddress(sender.name(),
                a.organisation(), a.streetLines(), a.dependentLocality(), a.city(), a.region(), a.postcode(), a.countryCode()));
    }

    LabelLayout(ShippingLabelContent content, PrintSettings settings, List<String> returnAddress) {
        from = new Box(MARGIN, MARGIN, 176, 54);
        postage = new Box(190, MARGIN, WIDTH - 190 - MARGIN, 54);
        service = new Box(MARGIN, 66, WIDTH - 2 * MARGIN, 20);
        order = new Box(MARGIN, HEIGHT - 4 - ORDER_HEIGHT, WIDTH - 2 * MARGIN, ORDER_HEIGHT);
        float above = order.y() - 2;
        customs = content.customs() == null ? null : new Box(MARGIN, above - CUSTOMS_HEIGHT, WIDTH - 2 * MARGIN, CUSTOMS_HEIGHT);
        above = customs == null ? above : customs.y() - 3;
        tracking = content.trackingNumber() == null ? null
                : new Box(MARGIN, above - TRACKING_HEIGHT, WIDTH - 2 * MARGIN, TRACKING_HEIGHT);
        above = tracking == null ? above : tracking.y() - 2;
        recipient = new Box(MARGIN, service.bottom() + 4, WIDTH - 2 * MARGIN, above - service.bottom() - 4);

        fromLines = returnAddress;
        postageLines = settings.postageText().strip().lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
        serviceText = content.service().toUpperCase(Locale.ROOT);
        recipientLines = AddressFormats.standard().forCountry(content.recipient().countryCode()).labelLines(content.recipient());
        trackingNumber = content.trackingNumber();
        trackingHumanReadable = trackingNumber == null ? null : S10Number.humanReadable(trackingNumber);
        declaration = content.customs();
        originCountryName = declaration == null ? null : AddressFormats.standard().forCountry(declaration.originCountry()).countryName();
        orderNumber = content.orderNumber();
    }

    /** The CN22 certification, as on the UPU form. */
    static final String CUSTOMS_CERTIFICATE = "I, the undersigned, whose name and address are given on the item, certify that the "
            + "particulars given in this declaration are correct and that this item does not contain any dangerous article "
            + "or articles prohibited by legislation or by postal or customs regulations.";
}
