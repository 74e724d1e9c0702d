package com.renewalpost.mail;

import java.util.Objects;

/**
 * Who an email is from and to, and the key its Message-ID is derived from.
 *
 * @param from      the sending mailbox
 * @param to        the customer
 * @param replyTo   where replies should go (e.g. support), or null for the From address
 * @param stableKey identifies the email across retries, e.g. {@code "order:RP-1001/CODE_DELAYED"}: the same
 *                  key always gives the same Message-ID, so a resend after an unknown outcome is
 *                  recognisable as a duplicate
 */
public record Envelope(Mailbox from, Mailbox to, Mailbox replyTo, String stableKey) {

    public Envelope {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        SingleLine.require(stableKey, "stable key");
        if (stableKey.length() > 1000) {
            throw new IllegalArgumentException("stable key is longer than 1000 characters");
        }
    }

    public Envelope(Mailbox from, Mailbox to, String stableKey) {
        this(from, to, null, stableKey);
    }
}
