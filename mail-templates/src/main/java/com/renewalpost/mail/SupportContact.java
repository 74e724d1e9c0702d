package com.renewalpost.mail;

import java.util.regex.Pattern;

/**
 * Where customers ask questions.
 *
 * @param email a plain address (it becomes a {@code mailto:} link, so nothing that could add URL parameters)
 * @param phone a phone number as it should be shown, or null
 */
public record SupportContact(String email, String phone) {

    private static final Pattern PLAIN_ADDRESS = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+");

    public SupportContact {
        SingleLine.require(email, "support email");
        if (!PLAIN_ADDRESS.matcher(email).matches()) {
            throw new IllegalArgumentException("support email must be a plain address like help@example.com");
        }
        SingleLine.optional(phone, "support phone");
    }
}
