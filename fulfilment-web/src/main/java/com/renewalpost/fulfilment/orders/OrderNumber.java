package com.renewalpost.fulfilment.orders;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * A human-friendly order number, {@code RP-} + eight random symbols + one check symbol, e.g.
 * {@code RP-7K3M9Q2XH}. The alphabet (31 symbols) leaves out I, L, O, U and Z so that what is
 * read aloud or keyed in is not confused. The check symbol makes the weighted sum (weights 1 to 9)
 * divisible by the prime 31: as the weights are distinct and non-zero modulo 31, every single
 * wrong symbol and every swap of two symbols is caught (Luhn mod N misses some swaps), so a
 * mistyped or misscanned number is refused, not matched to somebody else's order. Random rather
 * than sequential so numbers do not reveal volumes or let one customer guess another's.
 */
public record OrderNumber(String value) {

    static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXY";
    static final String PREFIX = "RP-";
    static final int BODY_LENGTH = 8;
    private static final RandomGenerator RANDOM = new SecureRandom();

    public OrderNumber {
        if (!isValid(value)) {
            throw new IllegalArgumentException("Not a valid order number: " + value);
        }
    }

    public static OrderNumber next() {
        var body = new StringBuilder(BODY_LENGTH);
        for (int i = 0; i < BODY_LENGTH; i++) {
            body.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return new OrderNumber(PREFIX + body + checkSymbol(body));
    }

    /** Accepts what people type: lower case, spaces, a missing dash. */
    public static Optional<OrderNumber> parse(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        var compact = typed.strip().toUpperCase(Locale.ROOT).replace(" ", "").replace("-", "");
        if (!compact.startsWith("RP") || compact.length() != 2 + BODY_LENGTH + 1) {
            return Optional.empty();
        }
        var candidate = PREFIX + compact.substring(2);
        return isValid(candidate) ? Optional.of(new OrderNumber(candidate)) : Optional.empty();
    }

    public static boolean isValid(String value) {
        if (value == null || value.length() != PREFIX.length() + BODY_LENGTH + 1 || !value.startsWith(PREFIX)) {
            return false;
        }
        var symbols = value.substring(PREFIX.length());
        for (char c : symbols.toCharArray()) {
            if (ALPHABET.indexOf(c) < 0) {
                return false;
            }
        }
        return checkSymbol(symbols.substring(0, BODY_LENGTH)) == symbols.charAt(BODY_LENGTH);
    }

    /** The symbol c with (sum of (i+1) * body[i]) + 9c = 0 (mod 31); 7 is the inverse of 9 mod 31. */
    static char checkSymbol(CharSequence body) {
        int n = ALPHABET.length();
        int sum = 0;
        for (int i = 0; i < body.length(); i++) {
            sum += (i + 1) * ALPHABET.indexOf(body.charAt(i));
        }
        return ALPHABET.charAt(Math.floorMod(-sum * 7, n));
    }

    @Override
    public String toString() {
        return value;
    }
}
