package com.renewalpost.fulfilment.notifications;

import com.renewalpost.mail.Mailbox;
import com.renewalpost.mail.Sender;
import com.renewalpost.mail.SupportContact;

import java.util.Objects;

/**
 * Who customer emails come from and where customers turn with questions.
 *
 * @param from            the From mailbox (and SMTP envelope sender)
 * @param support         shown in every email; replies go there too
 * @param messageIdDomain the right-hand side of Message-IDs
 */
public record EmailIdentity(Mailbox from, SupportContact support, Sender sender, String messageIdDomain) {

    public EmailIdentity {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(support, "support");
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(messageIdDomain, "messageIdDomain");
    }

    public Mailbox replyTo() {
        return new Mailbox(support.email());
    }
}
