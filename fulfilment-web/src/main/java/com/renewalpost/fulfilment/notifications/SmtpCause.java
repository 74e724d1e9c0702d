package com.renewalpost.fulfilment.notifications;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What an SMTP attempt came to, in the words staff read (message keys {@code SmtpCause.*}): a refused
 * connection, a timeout, a refused login... The raw reply or exception text stays in the server log;
 * pages show only these. Told from the one-line reply {@link SmtpOutcome} keeps, so that attempts
 * recorded before there were causes read the same.
 */
public enum SmtpCause {
    ACCEPTED,
    CONNECTION_REFUSED,
    UNKNOWN_HOST,
    TIMEOUT,
    AUTHENTICATION,
    SENDER_REFUSED,
    RECIPIENT_REJECTED,
    INVALID_ADDRESS,
    SERVER_BUSY,
    CONNECTION_LOST,
    OTHER;

    /** A reply starting with a 4xx code: the server asks to try later. */
    private static final Pattern TRY_LATER = Pattern.compile("^4\\d\\d\\b.*");
    /** 530 / 534 / 535: authentication required or refused. */
    private static final Pattern AUTH_CODE = Pattern.compile("^53[045]\\b.*");

    public static SmtpCause of(SmtpOutcome outcome) {
        if (outcome instanceof SmtpOutcome.Accepted) {
            return ACCEPTED;
        }
        if (outcome instanceof SmtpOutcome.Unknown) {
            return CONNECTION_LOST;
        }
        return ofReply(outcome.reply(), outcome instanceof SmtpOutcome.PermanentFailure);
    }

    /** The cause of a failure from its kept reply; {@code permanent}: the attempt was refused for good. */
    public static SmtpCause ofReply(String reply, boolean permanent) {
        var text = reply == null ? "" : reply.strip();
        var lower = text.toLowerCase(Locale.ROOT);
        if (lower.contains("refused our login") || lower.contains("authenticationfailed") || AUTH_CODE.matcher(text).matches()) {
            return AUTHENTICATION;
        }
        if (lower.startsWith("sender refused")) {
            return SENDER_REFUSED;
        }
        if (lower.contains("unknownhostexception") || lower.contains("unknown smtp host")) {
            return UNKNOWN_HOST;
        }
        if (lower.contains("connectexception") || lower.contains("connection refused")) {
            return CONNECTION_REFUSED;
        }
        if (lower.contains("timeoutexception") || lower.contains("timed out")) {
            return TIMEOUT;
        }
        if (lower.contains("connection lost after the message was sent")) {
            return CONNECTION_LOST;
        }
        if (lower.contains("not a valid email address")) {
            return INVALID_ADDRESS;
        }
        if (permanent) {
            return RECIPIENT_REJECTED;
        }
        if (TRY_LATER.matcher(text).matches()) {
            return SERVER_BUSY;
        }
        return OTHER;
    }

    /** The cause of a kept attempt, by its recorded outcome. */
    public static SmtpCause of(EmailAttempt.Outcome outcome, String reply) {
        return switch (outcome) {
            case ACCEPTED -> ACCEPTED;
            case OUTCOME_UNKNOWN -> CONNECTION_LOST;
            case TEMPORARY_FAILURE -> ofReply(reply, false);
            case PERMANENT_FAILURE -> ofReply(reply, true);
        };
    }
}
