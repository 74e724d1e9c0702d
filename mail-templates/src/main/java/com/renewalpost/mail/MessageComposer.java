package com.renewalpost.mail;

import jakarta.activation.DataHandler;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.Date;
import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Turns customer emails into complete Jakarta Mail messages, ready for {@code Transport.send}:
 * <pre>
 * multipart/alternative
 * ├── text/plain; charset=UTF-8
 * └── text/html; charset=UTF-8                (no QR code)
 *     or multipart/related; type="text/html"  (eSIM: HTML + image/png, Content-ID referenced as cid:)
 * </pre>
 * The subject is RFC 2047 encoded, the Message-ID is {@code <sha256-hex(stable key)@domain>}, and
 * nothing reaches a header that contains CR or LF. Thread-safe; sends nothing.
 */
public final class MessageComposer {

    /** A reserved domain (RFC 2606): never collides with a real host's Message-IDs. */
    public static final String DEFAULT_MESSAGE_ID_DOMAIN = "renewalpost.invalid";

    private static final Pattern DOMAIN = Pattern.compile("[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+");
    private static final String UTF_8 = StandardCharsets.UTF_8.name();

    private final EmailTemplates templates;
    private final String messageIdDomain;
    private final Clock clock;

    /**
     * @param messageIdDomain the right-hand side of Message-IDs and Content-IDs, e.g. the sending domain
     * @param clock           gives the Date header
     */
    public MessageComposer(EmailTemplates templates, String messageIdDomain, Clock clock) {
        this.templates = Objects.requireNonNull(templates, "templates");
        SingleLine.require(messageIdDomain, "message ID domain");
        if (!DOMAIN.matcher(messageIdDomain).matches()) {
            throw new IllegalArgumentException("message ID domain must be a domain name such as mail.example.com");
        }
        this.messageIdDomain = messageIdDomain;
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public MessageComposer(EmailTemplates templates, String messageIdDomain) {
        this(templates, messageIdDomain, Clock.systemUTC());
    }

    public MessageComposer(EmailTemplates templates) {
        this(templates, DEFAULT_MESSAGE_ID_DOMAIN);
    }

    /** Renders the email and builds its message. */
    public MimeMessage compose(Session session, CustomerEmail email, Envelope envelope) throws MessagingException {
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(envelope, "envelope");
        return compose(session, templates.render(email, qrContentIdFor(envelope.stableKey())), envelope);
    }

    /**
     * Builds the message for an already rendered email (e.g. one rendered with
     * {@code templates.render(email, composer.qrContentIdFor(key))}).
     *
     * @throws IllegalArgumentException if the subject contains CR or LF
     */
    public MimeMessage compose(Session session, RenderedEmail rendered, Envelope envelope) throws MessagingException {
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(rendered, "rendered");
        Objects.requireNonNull(envelope, "envelope");
        SingleLine.require(rendered.subject(), "subject");

        MimeMessage message = new StableIdMessage(session, messageIdFor(envelope.stableKey()));
        message.setFrom(envelope.from().toInternetAddress());
        message.setRecipient(Message.RecipientType.TO, envelope.to().toInternetAddress());
        if (envelope.replyTo() != null) {
            message.setReplyTo(new Address[] {envelope.replyTo().toInternetAddress()});
        }
        message.setSubject(rendered.subject(), UTF_8);
        message.setSentDate(Date.from(clock.instant()));
        message.setHeader("Content-Language", rendered.language().tag());
        // RFC 3834: tells autoresponders (vacation replies) not to answer
        message.setHeader("Auto-Submitted", "auto-generated");

        MimeMultipart alternative = new MimeMultipart("alternative");
        alternative.addBodyPart(textPart(rendered.text(), "plain"));
        MimeBodyPart html = textPart(rendered.html(), "html");
        if (rendered.inlineImage().isPresent()) {
            alternative.addBodyPart(relatedPart(html, rendered.inlineImage().get()));
        } else {
            alternative.addBodyPart(html);
        }
        message.setContent(alternative);
        message.saveChanges();
        return message;
    }

    /** The Message-ID (with angle brackets) every message composed for this key gets. */
    public String messageIdFor(String stableKey) {
        SingleLine.require(stableKey, "stable key");
        return "<" + sha256Hex(stableKey) + "@" + messageIdDomain + ">";
    }

    /** The Content-ID (without angle brackets) of the QR image in messages composed for this key. */
    public String qrContentIdFor(String stableKey) {
        SingleLine.require(stableKey, "stable key");
        // a different hash input from the Message-ID's, so the two IDs are not the same string
        return "activation-qr." + sha256Hex("inline-qr\n" + stableKey).substring(0, 32) + "@" + messageIdDomain;
    }

    /**
     * Reads a message written with {@code writeTo} (e.g. kept in an outbox) so that sending it keeps
     * its Message-ID; {@code new MimeMessage(session, in)} would get a new one when sent.
     */
    public static MimeMessage readStored(Session session, InputStream stored) throws MessagingException {
        return new StableIdMessage(session, stored);
    }

    private static MimeBodyPart textPart(String content, String subtype) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        part.setText(content, UTF_8, subtype);
        return part;
    }

    private static MimeBodyPart relatedPart(MimeBodyPart html, InlineImage image) throws MessagingException {
        MimeBodyPart picture = new MimeBodyPart();
        picture.setDataHandler(new DataHandler(new ByteArrayDataSource(image.bytes(), image.mediaType())));
        picture.setContentID("<" + image.contentId() + ">");
        picture.setDisposition(Part.INLINE);
        picture.setFileName("activation-qr.png");

        MimeMultipart related = new MimeMultipart("related");
        related.addBodyPart(html);
        related.addBodyPart(picture);
        MimeBodyPart wrapper = new MimeBodyPart();
        wrapper.setContent(related);
        // RFC 2387 requires the type of the root part; Jakarta Mail does not add it by itself
        ContentType contentType = new ContentType(related.getContentType());
        contentType.setParameter("type", "text/html");
        wrapper.setHeader("Content-Type", contentType.toString());
        return wrapper;
    }

    private static String sha256Hex(String value) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
