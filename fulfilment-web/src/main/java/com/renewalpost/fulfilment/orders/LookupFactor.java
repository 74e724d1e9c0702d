package com.renewalpost.fulfilment.orders;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.Optional;

/**
 * What a customer gives beside the order number to look their order up on the public pages:
 * the postcode the card goes to, or, where the destination has no postcodes, the last four
 * digits of the line the card renews (its ICCID or phone number). A country code would be no
 * second factor at all: anyone can guess it from the order's language or the form's stamp.
 * Compared in constant time, and an unknown order is compared against a value no one can give,
 * so that both refusals take the same work.
 */
public final class LookupFactor {

    /** How many trailing digits of the line stand for the postcode. */
    public static final int LINE_DIGITS = 4;

    /** Compared against when there is no such order; compacting can never produce it. */
    private static final String NOTHING_MATCHES = "\u0000no-such-order";

    private LookupFactor() {
    }

    /** Whether {@code given} is this order's second factor; false for an empty order, after the same work. */
    public static boolean matches(Optional<Order> order, String given) {
        var expected = order.map(LookupFactor::expected).orElse(NOTHING_MATCHES);
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                compact(given == null ? "" : given).getBytes(StandardCharsets.UTF_8)) && order.isPresent();
    }

    /** The order's second factor, compacted: its postcode, or the last four digits of its line. */
    static String expected(Order order) {
        var postcode = order.address().postcode();
        if (postcode != null && !postcode.isBlank()) {
            return compact(postcode);
        }
        return lastDigits(order.line());
    }

    /** The last four digits of the line, which customer emails quote beside the order number; empty without them. */
    public static Optional<String> lineEnding(RenewedLine line) {
        var digits = lastDigits(line);
        return digits.equals(NOTHING_MATCHES) ? Optional.empty() : Optional.of(digits);
    }

    static String lastDigits(RenewedLine line) {
        var number = line == null ? null : line.iccid() != null ? line.iccid() : line.phone();
        var digits = number == null ? "" : number.replaceAll("\\D", "");
        // a line without four digits cannot be matched: nothing compacts to the marker
        return digits.length() < LINE_DIGITS ? NOTHING_MATCHES : digits.substring(digits.length() - LINE_DIGITS);
    }

    /** Spaces and dashes do not count, nor letter case: "sw1a 1aa" is SW1A1AA. */
    static String compact(String given) {
        return given.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }
}
