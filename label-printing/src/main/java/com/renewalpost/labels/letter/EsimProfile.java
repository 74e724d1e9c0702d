package com.renewalpost.labels.letter;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An eSIM profile to download (GSMA SGP.22 section 4.1). The confirmation code, when one is required, is never part of
 * this record: it must not be printed beside the activation code.
 *
 * @param smdpAddress              SM-DP+ server FQDN, e.g. "SMDP.GSMA.COM" (upper-cased: DNS ignores case)
 * @param matchingId               the matching ID, upper-case letters, digits and '-', e.g. "04386-AGYFT-A74Y8-3F815"
 * @param smdpOid                  optional SM-DP+ OID (digits and dots), null when absent
 * @param confirmationCodeRequired whether the phone will ask for a confirmation code
 */
public record EsimProfile(String smdpAddress, String matchingId, String smdpOid, boolean confirmationCodeRequired)
        implements LetterCode {

    private static final Pattern FQDN = Pattern.compile("[A-Z0-9](?:[A-Z0-9-]{0,61}[A-Z0-9])?(?:\\.[A-Z0-9](?:[A-Z0-9-]{0,61}[A-Z0-9])?)+");
    private static final Pattern MATCHING_ID = Pattern.compile("[0-9A-Z-]+");
    private static final Pattern OID = Pattern.compile("\\d+(?:\\.\\d+)+");

    public EsimProfile {
        smdpAddress = upper(smdpAddress, "SM-DP+ address");
        matchingId = upper(matchingId, "matching ID");
        if (!FQDN.matcher(smdpAddress).matches()) {
            throw new IllegalArgumentException("SM-DP+ address must be a host name like SMDP.GSMA.COM: " + smdpAddress);
        }
        if (!MATCHING_ID.matcher(matchingId).matches()) {
            throw new IllegalArgumentException("Matching ID may hold only letters, digits and '-' (SGP.22): " + matchingId);
        }
        if (smdpOid != null && smdpOid.isBlank()) {
            smdpOid = null;
        }
        if (smdpOid != null && !OID.matcher(smdpOid.strip()).matches()) {
            throw new IllegalArgumentException("SM-DP+ OID must be digits and dots: " + smdpOid);
        }
        smdpOid = smdpOid == null ? null : smdpOid.strip();
    }

    /**
     * The activation code string for QR codes: {@code LPA:1$<SM-DP+>$<matching ID>[$<OID>[$1]]}, all upper case so that
     * it fits QR alphanumeric mode; the final {@code 1} flags "confirmation code required" (with an empty OID: {@code $$1}).
     */
    public String activationCode() {
        StringBuilder code = new StringBuilder("LPA:1$").append(smdpAddress).append('$').append(matchingId);
        if (smdpOid != null || confirmationCodeRequired) {
            code.append('$').append(smdpOid == null ? "" : smdpOid);
        }
        if (confirmationCodeRequired) {
            code.append("$1");
        }
        return code.toString();
    }

    @Override
    public String forTyping() {
        return matchingId;
    }

    @Override
    public String forReading() {
        return CodeGroups.group(matchingId);
    }

    @Override
    public String qrPayload(String topUpUrlTemplate) {
        return activationCode();
    }

    private static String upper(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("The eSIM " + what + " is required");
        }
        return value.strip().toUpperCase(Locale.ROOT);
    }
}
