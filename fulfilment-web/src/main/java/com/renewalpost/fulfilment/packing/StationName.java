package com.renewalpost.fulfilment.packing;

import com.renewalpost.fulfilment.platform.Message;

import java.text.Normalizer;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The name a packing station goes by, as the people at the table call it: "Table 3", "Tisch 2",
 * "包装台 1". Letters of any script, digits, spaces, hyphens and underscores, at most
 * {@value #MAX_LENGTH} characters (the database columns hold 40); it starts with a letter or a digit,
 * so that it never reads as a formula in a spreadsheet. Spaces around it are trimmed and runs of
 * spaces become one, so that "Table  3" and "Table 3" are the same station.
 */
public record StationName(String value) {

    /** In UTF-16 units, which is never fewer than the characters the database counts. */
    public static final int MAX_LENGTH = 40;
    private static final Pattern ALLOWED = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N} _-]*");
    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");

    public StationName {
        if (value == null || value.length() > MAX_LENGTH || !ALLOWED.matcher(value).matches()) {
            throw new IllegalArgumentException("not a station name: " + value);
        }
    }

    /** The name typed, tidied, when it is a valid name. */
    public static Optional<StationName> parse(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        var tidy = SPACES.matcher(Normalizer.normalize(typed, Normalizer.Form.NFC)).replaceAll(" ").strip();
        return tidy.length() <= MAX_LENGTH && ALLOWED.matcher(tidy).matches()
                ? Optional.of(new StationName(tidy)) : Optional.empty();
    }

    /** The rule, as told beside the field and in a refusal. */
    public static Message rule() {
        return Message.of("packing.stationName", MAX_LENGTH);
    }

    @Override
    public String toString() {
        return value;
    }
}
