package com.renewalpost.mail;

import java.util.Objects;
import java.util.Optional;

/**
 * A customer email rendered to text, before it becomes a MIME message.
 *
 * @param inlineImage the QR code the HTML refers to by {@code cid:}, when there is one
 */
public record RenderedEmail(EmailKind kind, Language language, String subject, String text, String html,
                            Optional<InlineImage> inlineImage) {

    public RenderedEmail {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(html, "html");
        Objects.requireNonNull(inlineImage, "inlineImage");
    }

    /** Only kind and language: the parts may hold an activation code, which must not reach a log. */
    @Override
    public String toString() {
        return "RenderedEmail[" + kind + ", " + language.tag() + "]";
    }
}
