package com.renewalpost.mail;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The secret printed in a renewal letter. Implementations never show it in {@code toString()},
 * so a record logged by mistake does not leak a code.
 */
public sealed interface EmailedCode {

    CodeKind kind();

    /** Parses a GSMA SGP.22 activation code, with or without the {@code LPA:} prefix. */
    static EsimProfile esimProfile(String activationCode) {
        return new EsimProfile(activationCode);
    }

    static VoucherPin voucherPin(String pin) {
        return new VoucherPin(pin);
    }

    /**
     * An eSIM activation code (SGP.22 §4.1):
     * {@code "LPA:" "1" "$" SM-DP+ FQDN "$" MatchingID ["$" [SM-DP+ OID] ["$" "1"]]}.
     * Stored with the {@code LPA:} prefix because that is what the QR code must contain.
     *
     * @param activationCode the code, normalised to start with {@code LPA:}
     */
    record EsimProfile(String activationCode) implements EmailedCode {

        private static final String PREFIX = "LPA:";
        private static final Pattern FORMAT = Pattern.compile(
                "1\\$([A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+)\\$([A-Za-z0-9-]+)(?:\\$((?:[0-9]+(?:\\.[0-9]+)*)?)(?:\\$(1))?)?");

        public EsimProfile {
            if (activationCode == null) {
                throw new IllegalArgumentException("eSIM activation code is required");
            }
            String bare = activationCode.startsWith(PREFIX) ? activationCode.substring(PREFIX.length()) : activationCode;
            if (bare.length() > 255 || !FORMAT.matcher(bare).matches()) {
                throw new IllegalArgumentException("eSIM activation code is not in SGP.22 format");
            }
            activationCode = PREFIX + bare;
        }

        @Override
        public CodeKind kind() {
            return CodeKind.ESIM_PROFILE;
        }

        /** The SM-DP+ server, for phones where it is typed by hand. */
        public String smdpAddress() {
            return parts().group(1);
        }

        /** The matching ID, called "activation code" by most phones' manual entry screens. */
        public String matchingId() {
            return parts().group(2);
        }

        /** The trailing {@code $1}: the phone will ask for a confirmation code, which is never part of this string. */
        public boolean confirmationCodeRequired() {
            return parts().group(4) != null;
        }

        private Matcher parts() {
            Matcher m = FORMAT.matcher(activationCode.substring(PREFIX.length()));
            if (!m.matches()) {
                throw new IllegalStateException("validated in the constructor");
            }
            return m;
        }

        @Override
        public String toString() {
            return "EsimProfile[redacted]";
        }
    }

    /** A top-up voucher PIN: digits and letters, optionally grouped with hyphens or spaces. */
    record VoucherPin(String pin) implements EmailedCode {

        private static final Pattern FORMAT = Pattern.compile("[0-9A-Za-z]+(?:[ -][0-9A-Za-z]+)*");

        public VoucherPin {
            if (pin == null || pin.length() < 4 || pin.length() > 64 || !FORMAT.matcher(pin).matches()) {
                throw new IllegalArgumentException("voucher PIN must be 4 to 64 letters or digits, optionally grouped by hyphens or spaces");
            }
        }

        @Override
        public CodeKind kind() {
            return CodeKind.VOUCHER;
        }

        @Override
        public String toString() {
            return "VoucherPin[redacted]";
        }
    }
}
