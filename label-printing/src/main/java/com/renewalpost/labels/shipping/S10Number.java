package com.renewalpost.labels.shipping;

import java.util.Locale;
import java.util.regex.Pattern;

/** UPU S10 item identifiers such as RB123456785US: service letters, 8-digit serial, check digit, country of the issuing post. */
public final class S10Number {

    private static final Pattern SHAPE = Pattern.compile("[A-Z]{2}\\d{9}[A-Z]{2}");
    private static final int[] WEIGHTS = {8, 6, 4, 2, 3, 5, 9, 7};

    private S10Number() {
    }

    /** The number upper-cased and without spaces, after checking its shape and check digit. */
    public static String requireValid(String number) {
        String compact = number == null ? "" : number.replace(" ", "").toUpperCase(Locale.ROOT);
        if (!SHAPE.matcher(compact).matches()) {
            throw new IllegalArgumentException("Not a UPU S10 tracking number (like RB123456785US): " + number);
        }
        if (checkDigit(compact.substring(2, 10)) != compact.charAt(10) - '0') {
            throw new IllegalArgumentException("Check digit of tracking number " + number + " is wrong: expected "
                    + checkDigit(compact.substring(2, 10)));
        }
        return compact;
    }

    /** S10 check digit of an 8-digit serial: weights 8 6 4 2 3 5 9 7, 11 - (sum mod 11), 10 becomes 0 and 11 becomes 5. */
    public static int checkDigit(String serial) {
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (serial.charAt(i) - '0') * WEIGHTS[i];
        }
        int c = 11 - sum % 11;
        return c == 10 ? 0 : c == 11 ? 5 : c;
    }

    /** Human-readable form printed under the barcode: "RB 123 456 785 US". */
    public static String humanReadable(String number) {
        String n = requireValid(number);
        return n.substring(0, 2) + " " + n.substring(2, 5) + " " + n.substring(5, 8) + " " + n.substring(8, 11) + " " + n.substring(11);
    }
}
