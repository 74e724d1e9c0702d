package com.renewalpost.mail;

import java.net.URI;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A letter's tracking number and, when the carrier has one, its public tracking page.
 *
 * @param number    e.g. a UPU S10 number such as {@code RB473124829US}
 * @param publicUrl the carrier's tracking page for this number, or null; only http(s), because it becomes a link
 */
public record Tracking(String number, URI publicUrl) {

    private static final Pattern NUMBER = Pattern.compile("[A-Za-z0-9]+(?:[ -][A-Za-z0-9]+)*");

    public Tracking {
        SingleLine.require(number, "tracking number");
        if (number.length() > 40 || !NUMBER.matcher(number).matches()) {
            throw new IllegalArgumentException("tracking number must be letters and digits");
        }
        if (publicUrl != null) {
            // a javascript: or data: URL would be live markup in the href even when escaped
            String scheme = publicUrl.getScheme() == null ? "" : publicUrl.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("https") || scheme.equals("http")) || publicUrl.getHost() == null) {
                throw new IllegalArgumentException("tracking URL must be an absolute http or https URL");
            }
        }
    }

    public Tracking(String number) {
        this(number, null);
    }
}
