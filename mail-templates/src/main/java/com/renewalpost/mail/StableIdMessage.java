package com.renewalpost.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

import java.io.InputStream;

/**
 * A MIME message whose Message-ID is fixed. A plain {@link MimeMessage} invents a new one in
 * every {@code saveChanges()}, which {@code Transport.send} always calls: a retry would then
 * look like a different email.
 */
final class StableIdMessage extends MimeMessage {

    private final String messageId;

    StableIdMessage(Session session, String messageId) {
        super(session);
        this.messageId = messageId;
    }

    /** Re-reads a message written earlier, keeping the Message-ID it was written with. */
    StableIdMessage(Session session, InputStream stored) throws MessagingException {
        super(session, stored);
        String[] ids = getHeader("Message-ID");
        if (ids == null || ids.length != 1) {
            throw new MessagingException("stored message must have exactly one Message-ID");
        }
        this.messageId = ids[0];
    }

    @Override
    protected void updateMessageID() throws MessagingException {
        setHeader("Message-ID", messageId);
    }
}
