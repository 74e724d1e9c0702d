package com.renewalpost.fulfilment.codes;

import com.renewalpost.fulfilment.platform.Message;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An eSIM activation code per GSMA SGP.22 §4.1:
 * {@code ["LPA:"] "1" "$" SM-DP+ FQDN "$" MatchingID ["$" [SM-DP+ OID] ["$" "1"]]}.
 * The trailing {@code 1} says a confirmation code is required; the confirmation code itself is
 * never part of the string. Canonical form is upper case with the {@code LPA:} prefix, which
 * QR codes use and which fits QR alphanumeric mode.
 */
public record EsimActivationCode(String smdpAddress, String matchingId, String smdpOid,
                                 boolean confirmationCodeRequired) {

    private static final Pattern FQDN = Pattern.compile(
            "(?=.{1,253}$)([A-Z0-9]([A-Z0-9-]{0,61}[A-Z0-9])?)(\\.[A-Z0-9]([A-Z0-9-]{0,61}[A-Z0-9])?)+");
    private static final Pattern MATCHING_ID = Pattern.compile("[A-Z0-9-]{1,255}");
    private static final Pattern OID = Pattern.compile("[0-2](\\.(0|[1-9][0-9]*))+");

    /** Parses a code, or says in words what is wrong with it (without repeating the code). */
    public static Parsed parse(String text) {
        if (text == null || text.isBlank()) {
            return new Parsed(null, Message.of("esim.empty"));
        }
        var s = text.strip().toUpperCase(Locale.ROOT);
        if (s.startsWith("LPA:")) {
            s = s.substring(4);
        }
        var parts = s.split("\\$", -1);
        if (parts.length < 3) {
            return new Parsed(null, Message.of("esim.threeParts"));
        }
        if (parts.length > 5) {
            return new Parsed(null, Message.of("esim.fiveParts"));
        }
        if (!parts[0].equals("1")) {
            return new Parsed(null, Message.of("esim.format"));
        }
        if (!FQDN.matcher(parts[1]).matches()) {
            return new Parsed(null, Message.of("esim.domain"));
        }
        if (!MATCHING_ID.matcher(parts[2]).matches()) {
            return new Parsed(null, Message.of("esim.matchingId"));
        }
        String oid = parts.length > 3 && !parts[3].isEmpty() ? parts[3] : null;
        if (oid != null && !OID.matcher(oid).matches()) {
            return new Parsed(null, Message.of("esim.oid"));
        }
        boolean confirmation = false;
        if (parts.length == 5) {
            if (!parts[4].equals("1")) {
                return new Parsed(null, Message.of("esim.flag"));
            }
            confirmation = true;
        }
        return new Parsed(new EsimActivationCode(parts[1], parts[2], oid, confirmation), null);
    }

    /** The outcome of {@link #parse}: a code, or the reason there is none. */
    public record Parsed(EsimActivationCode code, Message problem) {
        public Optional<EsimActivationCode> value() {
            return Optional.ofNullable(code);
        }
    }

    /** The canonical string, as printed in the QR code. */
    public String toLpaString() {
        var s = new StringBuilder("LPA:1$").append(smdpAddress).append('$').append(matchingId);
        if (confirmationCodeRequired) {
            s.append('$').append(smdpOid == null ? "" : smdpOid).append("$1");
        } else if (smdpOid != null) {
            s.append('$').append(smdpOid);
        }
        return s.toString();
    }

    @Override
    public String toString() {
        return "EsimActivationCode[" + smdpAddress + ", ****]"; // never the matching ID in a log
    }
}
