package com.renewalpost.fulfilment.shipping;

import com.renewalpost.fulfilment.orders.TrackingNumber;
import com.renewalpost.fulfilment.orders.PostalService;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A block of S10 numbers the post office has assigned to this mailer, as configured:
 * {@code LA 10000000-10999999 US} (service indicator, first and last serial, issuing country).
 */
public record S10Range(String serviceIndicator, int firstSerial, int lastSerial, String country) {

    private static final Pattern SPEC = Pattern.compile("([A-Z]{2})\\s+(\\d{8})\\s*-\\s*(\\d{8})\\s+([A-Z]{2})");

    public S10Range {
        if (serviceIndicator == null || !serviceIndicator.matches("[A-Z]{2}")) {
            throw new IllegalArgumentException("An S10 service indicator is two capital letters: " + serviceIndicator);
        }
        if (country == null || !country.matches("[A-Z]{2}")) {
            throw new IllegalArgumentException("The issuing country is an ISO 3166-1 alpha-2 code: " + country);
        }
        if (firstSerial < 0 || lastSerial > 99_999_999 || firstSerial > lastSerial) {
            throw new IllegalArgumentException("An S10 range runs from a lower to a higher 8-digit serial: "
                    + firstSerial + "-" + lastSerial);
        }
    }

    /** One range from its written form, e.g. {@code LA 10000000-10999999 US}. */
    public static S10Range parse(String spec) {
        var m = SPEC.matcher(spec.strip().toUpperCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException("An S10 range is written like 'LA 10000000-10999999 US' "
                    + "(service indicator, first-last serial, issuing country), not '" + spec.strip() + "'");
        }
        return new S10Range(m.group(1), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)), m.group(4));
    }

    /** Every range of a comma-separated configuration value; blank means none. */
    public static List<S10Range> parseAll(String config) {
        List<S10Range> ranges = new ArrayList<>();
        if (config == null || config.isBlank()) {
            return ranges;
        }
        for (var spec : config.split(",")) {
            if (!spec.isBlank()) {
                ranges.add(parse(spec));
            }
        }
        for (int i = 0; i < ranges.size(); i++) {
            for (int j = i + 1; j < ranges.size(); j++) {
                if (ranges.get(i).overlaps(ranges.get(j))) {
                    throw new IllegalArgumentException("S10 ranges overlap: " + ranges.get(i) + " and " + ranges.get(j));
                }
            }
        }
        return List.copyOf(ranges);
    }

    /** Whether items of the service take their numbers from this range (the first service letter matches). */
    public boolean serves(PostalService service) {
        return service.s10ServiceLetter().map(letter -> serviceIndicator.startsWith(letter)).orElse(false);
    }

    public int size() {
        return lastSerial - firstSerial + 1;
    }

    public TrackingNumber numberAt(int serial) {
        if (serial < firstSerial || serial > lastSerial) {
            throw new IllegalArgumentException("Serial " + serial + " is outside " + this);
        }
        return TrackingNumber.of(serviceIndicator, serial, country);
    }

    boolean overlaps(S10Range other) {
        return serviceIndicator.equals(other.serviceIndicator) && country.equals(other.country)
                && firstSerial <= other.lastSerial && other.firstSerial <= lastSerial;
    }

    @Override
    public String toString() {
        return String.format("%s %08d-%08d %s", serviceIndicator, firstSerial, lastSerial, country);
    }
}
