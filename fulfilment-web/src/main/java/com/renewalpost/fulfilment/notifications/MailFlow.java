package com.renewalpost.fulfilment.notifications;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.regex.Pattern;

/**
 * Whether customer email is going out: the outbox's backlog beside the mail server's last answer. Email is stuck
 * when something waits and the last attempt, whichever email it was for, was not accepted: with the mail server
 * down every attempt fails, while one customer's full mailbox does not stop the others.
 *
 * @param oldestWaiting    how long the oldest waiting email has waited (zero when none waits)
 * @param lastAttemptAt    the last attempt to hand an email over, or null when there was none
 * @param lastOutcome      its outcome, or null
 * @param lastAnswer       what the mail server said then, in plain words
 */
public record MailFlow(long waiting, long retrying, Duration oldestWaiting, OffsetDateTime lastAttemptAt,
                       EmailAttempt.Outcome lastOutcome, Answer lastAnswer) {

    /** The mail server's last answer as staff can read it: its own reply, or what went wrong in getting one. */
    public record Answer(Kind kind, String reply) {

        public enum Kind {
            /** The server replied (an SMTP reply, or our login or sender refused), quoted. */
            REPLIED,
            /** No reply: the connection was refused, timed out or broke before one came. */
            UNREACHABLE,
            /** The connection broke after the message went out, before the server's verdict. */
            NO_VERDICT
        }

        private static final Pattern SMTP_REPLY = Pattern.compile("^[2-5]\\d\\d[ -].*", Pattern.DOTALL);

        /** Java exception names and socket messages are for the log, not for staff: only real replies are quoted. */
        static Answer of(EmailAttempt.Outcome outcome, String reply) {
            if (outcome == EmailAttempt.Outcome.OUTCOME_UNKNOWN) {
                return new Answer(Kind.NO_VERDICT, null);
            }
            var text = reply == null ? "" : reply.strip();
            if (SMTP_REPLY.matcher(text).matches() || text.startsWith("sender refused:")
                    || text.startsWith("the mail server refused our login")
                    || text.startsWith("the recipient address")) {
                return new Answer(Kind.REPLIED, text.length() <= 200 ? text : text.substring(0, 199) + "…");
            }
            return new Answer(Kind.UNREACHABLE, null);
        }
    }

    public boolean stuck() {
        return waiting > 0 && lastOutcome != null && lastOutcome != EmailAttempt.Outcome.ACCEPTED;
    }
}
