package com.renewalpost.fulfilment.orders;

import com.renewalpost.labels.shipping.S10Number;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A UPU S10 item identifier such as {@code RB123456785US}: two service letters, an 8-digit serial,
 * the check digit (weights 8 6 4 2 3 5 9 7; 11 - sum mod 11, 10 becomes 0, 11 becomes 5) and the
 * ISO 3166-1 alpha-2 country of the issuing post. The check digit itself is label-printing's, so
 * what is printed and what is scanned are checked by the same rule.
 */
public record TrackingNumber(String value) {

    private static final Pattern SHAPE = Pattern.compile("[A-Z]{2}\\d{9}[A-Z]{2}");

    public TrackingNumber {
        if (!isValid(value)) {
            throw new IllegalArgumentException("Not a valid S10 tracking number: " + value);
        }
    }

    /** The number for a serial of a range, with its check digit. */
    public static TrackingNumber of(String serviceIndicator, int serial, String country) {
        if (serial < 0 || serial > 99_999_999) {
            throw new IllegalArgumentException("An S10 serial has 8 digits: " + serial);
        }
        var digits = String.format("%08d", serial);
        return new TrackingNumber(serviceIndicator + digits + checkDigit(digits) + country);
    }

    /** Accepts what a scanner or a person produces: lower case, spaces. Empty when the shape or check digit is wrong. */
    public static Optional<TrackingNumber> parse(String scanned) {
        var compact = compact(scanned);
        return isValid(compact) ? Optional.of(new TrackingNumber(compact)) : Optional.empty();
    }

    /** Whether the text has the shape of an S10 number, whatever its check digit: a misread rather than something else. */
    public static boolean hasS10Shape(String scanned) {
        return SHAPE.matcher(compact(scanned)).matches();
    }

    public static boolean isValid(String value) {
        return value != null && SHAPE.matcher(value).matches()
                && checkDigit(value.substring(2, 10)) == value.charAt(10) - '0';
    }

    static int checkDigit(String serialDigits) {
        return S10Number.checkDigit(serialDigits);
    }

    public String serviceIndicator() {
        return value.substring(0, 2);
    }

    public int serial() {
        return Integer.parseInt(value.substring(2, 10));
    }

    public String country() {
        return value.substring(11);
    }

    private static String compact(String scanned) {
        return scanned == null ? "" : scanned.strip().replace(" ", "").toUpperCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return value;
    }
}
