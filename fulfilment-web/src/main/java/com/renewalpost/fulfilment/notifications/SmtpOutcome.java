package com.renewalpost.fulfilment.notifications;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * How one delivery attempt ended, with the server's reply (or what went wrong on the way to it),
 * cleaned to one short line. Replies never contain the message, so they may be shown and stored.
 */
public sealed interface SmtpOutcome {

    /** Longest reply kept; server replies are short, stack traces are not wanted. */
    int MAX_REPLY = 300;

    String reply();

    /** The server took responsibility for the message (250 after DATA). */
    record Accepted(String reply) implements SmtpOutcome {
        public Accepted {
            reply = clean(reply);
        }
    }

    /** Worth trying again later: no connection, a timeout, a 4xx reply, a problem on our side. */
    record TemporaryFailure(String reply) implements SmtpOutcome {
        public TemporaryFailure {
            reply = clean(reply);
        }
    }

    /**
     * The connection broke after the whole message had gone out and before the server's verdict:
     * the server may have it. Tried again like a temporary failure; a second copy carries the same
     * Message-ID, so the customer's mail program can tell it for what it is.
     */
    record Unknown(String reply) implements SmtpOutcome {
        public Unknown {
            reply = clean(reply);
        }
    }

    /** Trying again cannot help: the server refused this message or recipient (5xx), or the address is invalid. */
    record PermanentFailure(String reply) implements SmtpOutcome {
        public PermanentFailure {
            reply = clean(reply);
        }
    }

    /**
     * Classifies a failed send. Permanent means "this email to this recipient will never go
     * through": a 5xx reply to the recipient or to the message, or an address that is not one.
     * A refused sender (MAIL FROM) or failed login is our configuration, not the customer's: those
     * stay temporary, so that every waiting email goes out once the operator fixes the settings.
     */
    static SmtpOutcome ofFailure(Exception failure) {
        return ofFailure(failure, false);
    }

    /**
     * As {@link #ofFailure(Exception)}, knowing whether the whole message, its final dot included,
     * had gone out when the failure came: then anything but a 4xx or 5xx verdict on it leaves the
     * outcome unknown.
     */
    static SmtpOutcome ofFailure(Exception failure, boolean messageSent) {
        // the most telling failure may sit anywhere in the chain (a sender refusal arrives wrapped in a send failure)
        List<Throwable> chain = new ArrayList<>();
        Set<Throwable> seen = new HashSet<>();
        for (Throwable t = failure; t != null && seen.add(t); t = next(t)) {
            chain.add(t);
        }
        var sender = first(chain, SMTPSenderFailedException.class);
        if (sender.isPresent()) {
            return new TemporaryFailure("sender refused: " + sender.get().getMessage());
        }
        var recipient = first(chain, SMTPAddressFailedException.class);
        if (recipient.isPresent()) {
            return byCode(recipient.get().getReturnCode(), recipient.get().getMessage());
        }
        var message = first(chain, SMTPSendFailedException.class);
        if (message.isPresent() && isReply(message.get().getReturnCode())) {
            // Angus names only some refusals of MAIL FROM as the sender's (550, 553, ...); any 5xx
            // there (530 authentication required, 500) is about us, not the customer's address
            var command = message.get().getCommand();
            if (command != null && command.regionMatches(true, 0, "MAIL FROM", 0, 9)) {
                return new TemporaryFailure("sender refused: " + message.get().getMessage());
            }
            return byCode(message.get().getReturnCode(), message.get().getMessage());
        }
        if (messageSent) {
            return new Unknown("connection lost after the message was sent, before the server's verdict: "
                    + describe(failure));
        }
        if (message.isPresent()) {
            return new TemporaryFailure(message.get().getMessage());
        }
        if (first(chain, AuthenticationFailedException.class).isPresent()) {
            return new TemporaryFailure("the mail server refused our login: check the SMTP user and password");
        }
        if (first(chain, AddressException.class).isPresent()) {
            return new PermanentFailure("the recipient address is not a valid email address");
        }
        if (failure instanceof SendFailedException sendFailed && sendFailed.getInvalidAddresses() != null
                && sendFailed.getInvalidAddresses().length > 0) {
            return new PermanentFailure("the recipient address was refused: " + failure.getMessage());
        }
        return new TemporaryFailure(describe(failure));
    }

    private static <T extends Throwable> Optional<T> first(List<Throwable> chain, Class<T> type) {
        return chain.stream().filter(type::isInstance).map(type::cast).findFirst();
    }

    /** An SMTP reply code; Angus reports a connection closed instead of a reply as -1. */
    private static boolean isReply(int code) {
        return code >= 200 && code < 600;
    }

    private static SmtpOutcome byCode(int code, String reply) {
        return code >= 500 && code < 600 ? new PermanentFailure(reply) : new TemporaryFailure(reply);
    }

    private static Throwable next(Throwable t) {
        if (t instanceof MessagingException m && m.getNextException() != null) {
            return m.getNextException();
        }
        return t.getCause();
    }

    /** The chain of causes as "message (cause type: cause message)", e.g. a refused connection. */
    private static String describe(Exception failure) {
        var text = new StringBuilder(failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage());
        Set<Throwable> seen = new HashSet<>();
        seen.add(failure);
        for (Throwable t = next(failure); t != null && seen.add(t); t = next(t)) {
            text.append(" (").append(t.getClass().getSimpleName());
            if (t.getMessage() != null) {
                text.append(": ").append(t.getMessage());
            }
            text.append(')');
        }
        return text.toString();
    }

    /** One line, no control characters, at most {@link #MAX_REPLY} characters. */
    static String clean(String reply) {
        if (reply == null || reply.isBlank()) {
            return "(no reply)";
        }
        var line = reply.strip().replaceAll("[\\p{Cntrl}]+", " ");
        return line.length() <= MAX_REPLY ? line : line.substring(0, MAX_REPLY - 1) + "…";
    }
}
