package com.renewalpost.fulfilment.notifications;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.URLName;
import jakarta.mail.internet.MimeMessage;
import org.eclipse.angus.mail.smtp.SMTPTransport;

import java.util.Properties;

/**
 * Hands one message to the SMTP server and says how that went. A plain class (no container),
 * so that it can be tested against a scripted server.
 */
public class SmtpMailer {

    private final SmtpSettings settings;
    private final Session session;

    public SmtpMailer(SmtpSettings settings) {
        this.settings = settings;
        this.session = Session.getInstance(properties(settings));
        // the protocol trace would contain the message, and with it the activation code
        this.session.setDebug(false);
    }

    public SmtpSettings settings() {
        return settings;
    }

    /** The session messages for this server are composed with. */
    public Session session() {
        return session;
    }

    /**
     * Sends and reports: {@link SmtpOutcome.Accepted} only when the server answered the message
     * with success. Once it has, a failure while saying goodbye no longer matters.
     */
    public SmtpOutcome send(MimeMessage message) {
        var transport = new Conversation(session, new URLName("smtp", settings.host(), settings.port(), null,
                settings.user().orElse(null), settings.password().orElse(null)));
        try {
            transport.connect(settings.host(), settings.port(), settings.user().orElse(null),
                    settings.password().orElse(null));
            transport.sendMessage(message, message.getAllRecipients());
            return new SmtpOutcome.Accepted(transport.getLastServerResponse());
        } catch (MessagingException | IllegalStateException failure) {
            return SmtpOutcome.ofFailure(failure, transport.messageSent);
        } finally {
            closeQuietly(transport);
        }
    }

    /**
     * Angus's SMTP conversation, noting the moment the message's final dot has gone out: a failure
     * before it leaves the message undelivered (a server discards an unfinished message), one after
     * it and before the verdict leaves the outcome unknown.
     */
    static final class Conversation extends SMTPTransport {

        private boolean messageSent;

        Conversation(Session session, URLName server) {
            super(session, server);
        }

        @Override
        protected void sendCommand(String command) throws MessagingException {
            super.sendCommand(command);
            if (".".equals(command)) {
                messageSent = true;
            }
        }
    }

    private static void closeQuietly(Transport transport) {
        if (transport == null) {
            return;
        }
        try {
            transport.close();
        } catch (MessagingException ignored) {
            // the outcome is decided; a lost QUIT reply changes nothing
        }
    }

    static Properties properties(SmtpSettings settings) {
        var timeout = String.valueOf(settings.timeout().toMillis());
        var p = new Properties();
        p.setProperty("mail.debug", "false");
        p.setProperty("mail.transport.protocol", "smtp");
        p.setProperty("mail.smtp.host", settings.host());
        p.setProperty("mail.smtp.port", String.valueOf(settings.port()));
        p.setProperty("mail.smtp.connectiontimeout", timeout);
        p.setProperty("mail.smtp.timeout", timeout);
        p.setProperty("mail.smtp.writetimeout", timeout);
        p.setProperty("mail.smtp.auth", String.valueOf(settings.user().isPresent()));
        p.setProperty("mail.smtp.starttls.enable", String.valueOf(settings.startTls()));
        p.setProperty("mail.smtp.starttls.required", String.valueOf(settings.startTls()));
        // STARTTLS without checking the certificate's name would let anyone in between read the codes
        p.setProperty("mail.smtp.ssl.checkserveridentity", "true");
        return p;
    }
}
