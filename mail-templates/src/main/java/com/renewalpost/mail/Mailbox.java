package com.renewalpost.mail;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;

/**
 * One email address with an optional display name, both checked before they reach a header.
 *
 * @param address     a bare addr-spec ({@code kim@example.com}), parsed strictly; no display name inside
 * @param displayName the name to show, in any script (RFC 2047 encoded in the header), or null
 */
public record Mailbox(String address, String displayName) {

    public Mailbox {
        SingleLine.require(address, "email address");
        SingleLine.optional(displayName, "display name");
        InternetAddress parsed;
        try {
            parsed = new InternetAddress(address, true);
        } catch (AddressException e) {
            throw new IllegalArgumentException("not a valid email address", e);
        }
        // "Name <x@y>" or a group would smuggle a second name or several recipients past the record's fields
        if (parsed.isGroup() || parsed.getPersonal() != null || !address.equals(parsed.getAddress())) {
            throw new IllegalArgumentException("email address must be a bare address such as kim@example.com");
        }
    }

    public Mailbox(String address) {
        this(address, null);
    }

    InternetAddress toInternetAddress() {
        try {
            return new InternetAddress(address, displayName, StandardCharsets.UTF_8.name());
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException("UTF-8 is always supported", e);
        }
    }
}
