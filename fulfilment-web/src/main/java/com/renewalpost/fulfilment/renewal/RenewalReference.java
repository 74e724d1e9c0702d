package com.renewalpost.fulfilment.renewal;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A renewal form's reference, e.g. {@code RN-7K3M9Q2XW4TD}: 60 random bits in Crockford's base 32 (no I, L, O or U,
 * which are misread), nothing about the customer in it, and too many to guess one that was printed.
 */
public record RenewalReference(String value) {

    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final Pattern FORMAT = Pattern.compile("RN-[0-9A-HJKMNP-TV-Z]{12}");
    private static final SecureRandom RANDOM = new SecureRandom();

    public RenewalReference {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("not a renewal reference");
        }
    }

    public static RenewalReference next() {
        var s = new StringBuilder("RN-");
        for (int i = 0; i < 12; i++) {
            s.append(ALPHABET.charAt(RANDOM.nextInt(32)));
        }
        return new RenewalReference(s.toString());
    }

    /** What a scanner or a person typed, if it is a reference: case and surrounding blanks do not matter. */
    public static Optional<RenewalReference> parse(String typed) {
        if (typed == null || typed.length() > 40) {
            return Optional.empty();
        }
        var s = typed.strip().toUpperCase(Locale.ROOT);
        return FORMAT.matcher(s).matches() ? Optional.of(new RenewalReference(s)) : Optional.empty();
    }

    @Override
    public String toString() {
        return value;
    }
}
