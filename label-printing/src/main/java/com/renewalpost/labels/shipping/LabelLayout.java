package com.renewalpost.labels.shipping;

import com.renewalpost.labels.ContentDoesNotFitException;
import com.renewalpost.labels.PrintSettings;
import com.renewalpost.labels.Sender;
import com.renewalpost.labels.address.AddressFormats;
import com.renewalpost.labels.address.PostalAddress;
import com.renewalpost.labels.font.CjkFace;
import com.renewalpost.labels.font.LineSetting;
import com.renewalpost.labels.font.TextStyle;
import com.renewalpost.labels.font.Typefaces;

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
    // the post office's pre-printed tracking sticker: about 95 x 25 mm, the label's width by an inch
    private static final float STICKER_HEIGHT = 72;
    /**
     * The words in the sticker's box. Like every word on the label they are English, the post's working language
     * for the counter clerk, not the customer's.
     */
    static final String STICKER_TEXT = "POST OFFICE TRACKING LABEL HERE";
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
    /** Where the post office's pre-printed tracking sticker goes, when the item takes one; else null. */
    final Box sticker;
    final Box customs;
    final Box order;

    /** The face for characters the Latin fonts lack. */
    static final CjkFace FACE = CjkFace.SIMPLIFIED_CHINESE;

    final List<String> fromLines;
    /** "FROM:" and the return address, broken and sized for the {@link #from} box. */
    final LineSetting fromText;
    /** Where the recipient's lines go: right of "TO:". */
    final Box recipientLinesBox;
    /** The recipient's lines, broken and sized for {@link #recipientLinesBox}, in bold. */
    final LineSetting recipientText;
    final List<String> postageLines;
    final String serviceText;
    final List<String> recipientLines;
    final String trackingNumber;
    final String trackingHumanReadable;
    final CustomsDeclaration declaration;
    final String originCountryName;
    final String orderNumber;

    /** The sender's return address lines for international mail (country line last): computed once per renderer. */
    static List<String> returnAddress(PrintSettings settings) {
        Sender sender = settings.sender();
        PostalAddress a = sender.address();
        return AddressFormats.standard().forCountry(a.countryCode()).labelLines(new PostalAddress(sender.name(),
                a.organisation(), a.streetLines(), a.dependentLocality(), a.city(), a.region(), a.postcode(), a.countryCode()));
    }

    LabelLayout(ShippingLabelContent content, PrintSettings settings, List<String> returnAddress, Typefaces typefaces) {
        from = new Box(MARGIN, MARGIN, 176, 54);
        postage = new Box(190, MARGIN, WIDTH - 190 - MARGIN, 54);
        service = new Box(MARGIN, 66, WIDTH - 2 * MARGIN, 20);
        order = new Box(MARGIN, HEIGHT - 4 - ORDER_HEIGHT, WIDTH - 2 * MARGIN, ORDER_HEIGHT);
        float above = order.y() - 2;
        // a letter that stays in the sender's country crosses no border: no CN22, domestic indicia, no country line
        String destination = content.recipient().countryCode();
        boolean domestic = settings.isDomestic(destination);
        CustomsDeclaration crossing = domestic ? null : content.customs();
        customs = crossing == null ? null : new Box(MARGIN, above - CUSTOMS_HEIGHT, WIDTH - 2 * MARGIN, CUSTOMS_HEIGHT);
        above = customs == null ? above : customs.y() - 3;
        tracking = content.trackingNumber() == null ? null
                : new Box(MARGIN, above - TRACKING_HEIGHT, WIDTH - 2 * MARGIN, TRACKING_HEIGHT);
        above = tracking == null ? above : tracking.y() - 2;
        // the post office's sticker takes the place of a number of ours
        sticker = !content.postOfficeLabel() ? null
                : new Box(MARGIN, above - STICKER_HEIGHT, WIDTH - 2 * MARGIN, STICKER_HEIGHT);
        above = sticker == null ? above : sticker.y() - 3;
        recipient = new Box(MARGIN, service.bottom() + 4, WIDTH - 2 * MARGIN, above - service.bottom() - 4);

        // the return address of a domestic letter has no country line either
        List<String> sentFrom = domestic ? returnAddress.subList(0, returnAddress.size() - 1) : returnAddress;
        fromLines = sentFrom;
        postageLines = settings.postageTextFor(destination).strip().lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
        serviceText = content.service().toUpperCase(Locale.ROOT);
        recipientLines = AddressFormats.standard().forCountry(destination)
                .labelLines(content.recipient(), settings.sender().address().countryCode());
        recipientLinesBox = new Box(recipient.x() + 22, recipient.y() + 2, recipient.width() - 22, recipient.height() - 2);
        recipientText = set(typefaces, recipientLines, recipientLinesBox, TextStyle.BOLD, 13, 7, 5.5f, "Recipient address");
        List<String> from = new java.util.ArrayList<>(sentFrom.size() + 1);
        from.add("FROM:");
        from.addAll(sentFrom);
        fromText = set(typefaces, from, this.from, TextStyle.REGULAR, 7, 4.5f, 4.5f, "Return address");
        trackingNumber = content.trackingNumber();
        trackingHumanReadable = trackingNumber == null ? null : S10Number.humanReadable(trackingNumber);
        declaration = crossing;
        originCountryName = declaration == null ? null : AddressFormats.standard().forCountry(declaration.originCountry()).countryName();
        orderNumber = content.orderNumber();
    }

    private static LineSetting set(Typefaces typefaces, List<String> lines, Box box, TextStyle style, float largest,
            float smallestUnwrapped, float smallest, String what) {
        LineSetting set = LineSetting.fit(lines, box.width(), box.height(), largest, smallestUnwrapped, smallest, 0.25f,
                (text, size) -> typefaces.width(text, style, FACE, size));
        if (set == null) {
            throw new ContentDoesNotFitException(what + " does not fit in its " + Math.round(box.width()) + " x "
                    + Math.round(box.height()) + " pt box even at " + smallest + " pt; shorten it");
        }
        return set;
    }

    /** The CN22 certification, as on the UPU form. */
    static final String CUSTOMS_CERTIFICATE = "I, the undersigned, whose name and address are given on the item, certify that the "
            + "particulars given in this declaration are correct and that this item does not contain any dangerous article "
            + "or articles prohibited by legislation or by postal or customs regulations.";
}
