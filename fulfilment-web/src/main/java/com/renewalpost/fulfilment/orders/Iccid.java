package com.renewalpost.fulfilment.orders;

import com.renewalpost.fulfilment.platform.Message;

import java.util.Optional;

/** ICCID per ITU-T E.118: 19 or 20 digits, starting 89 (telecom), the last a Luhn check digit. */
public final class Iccid {

    private Iccid() {
    }

    /** Why the given ICCID is not valid, in words a person can act on; empty when valid. */
    public static Optional<Message> problem(String iccid) {
        if (iccid == null || iccid.isBlank()) {
            return Optional.of(Message.of("iccid.missing"));
        }
        if (!iccid.chars().allMatch(Character::isDigit)) {
            return Optional.of(Message.of("iccid.digits"));
        }
        if (iccid.length() < 19 || iccid.length() > 20) {
            return Optional.of(Message.of("iccid.length", iccid.length()));
        }
        if (!iccid.startsWith("89")) {
            return Optional.of(Message.of("iccid.prefix"));
        }
        if (!luhnValid(iccid)) {
            return Optional.of(Message.of("iccid.checkDigit"));
        }
        return Optional.empty();
    }

    public static boolean isValid(String iccid) {
        return problem(iccid).isEmpty();
    }

    static boolean luhnValid(String digits) {
        int sum = 0;
        boolean doubleIt = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (doubleIt) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            doubleIt = !doubleIt;
        }
        return sum % 10 == 0;
    }

    /** The digit that makes {@code body} + digit pass Luhn (used for demo data and tests). */
    public static char luhnCheckDigit(String body) {
        for (char c = '0'; c <= '9'; c++) {
            if (luhnValid(body + c)) {
                return c;
            }
        }
        throw new IllegalStateException("unreachable");
    }
}
