package com.renewalpost.labels;

import com.renewalpost.labels.address.PostalAddress;

import java.util.Objects;

/**
 * The business that sends the letters: letterhead, return address and support contact.
 *
 * @param supportEmail printed on letters as the support contact; required
 * @param supportPhone optional
 * @param website      optional
 */
public record Sender(String name, PostalAddress address, String supportEmail, String supportPhone, String website) {

    public Sender {
        Objects.requireNonNull(address, "sender address");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("Sender name is required");
        }
        if (supportEmail == null || supportEmail.isBlank()) {
            throw new IllegalArgumentException("Support email is required: every letter prints it");
        }
    }
}
