package com.renewalpost.fulfilment.notifications;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.OffsetDateTime;

import static com.renewalpost.fulfilment.notifications.EmailAttempt.Outcome.ACCEPTED;
import static com.renewalpost.fulfilment.notifications.EmailAttempt.Outcome.OUTCOME_UNKNOWN;
import static com.renewalpost.fulfilment.notifications.EmailAttempt.Outcome.PERMANENT_FAILURE;
import static com.renewalpost.fulfilment.notifications.EmailAttempt.Outcome.TEMPORARY_FAILURE;
import static org.assertj.core.api.Assertions.assertThat;

class MailFlowTest {

    @Test
    void exceptionTextIsNeverShownToStaffOnlyTheServersOwnReplies() {
        var refused = MailFlow.Answer.of(TEMPORARY_FAILURE,
                "Couldn't connect to host, port: 127.0.0.1, 2525; timeout -1 (ConnectException: Connection refused)");
        assertThat(refused.kind()).isEqualTo(MailFlow.Answer.Kind.UNREACHABLE);
        assertThat(refused.reply()).isNull();

        var busy = MailFlow.Answer.of(TEMPORARY_FAILURE, "451 4.3.0 Mail server temporarily rejected message");
        assertThat(busy).isEqualTo(new MailFlow.Answer(MailFlow.Answer.Kind.REPLIED,
                "451 4.3.0 Mail server temporarily rejected message"));
        assertThat(MailFlow.Answer.of(TEMPORARY_FAILURE, "the mail server refused our login: check the SMTP user and "
                + "password").kind()).isEqualTo(MailFlow.Answer.Kind.REPLIED);
        assertThat(MailFlow.Answer.of(OUTCOME_UNKNOWN, "connection lost after the message was sent").kind())
                .isEqualTo(MailFlow.Answer.Kind.NO_VERDICT);
        assertThat(MailFlow.Answer.of(PERMANENT_FAILURE, "550 " + "x".repeat(400)).reply()).hasSize(200);
    }

    @Test
    void emailIsStuckWhenSomethingWaitsAndTheLastAttemptFailed() {
        var at = OffsetDateTime.parse("2026-12-03T10:00:00Z");
        var down = MailFlow.Answer.of(TEMPORARY_FAILURE, "(ConnectException: Connection refused)");
        assertThat(new MailFlow(3, 3, Duration.ofMinutes(20), at, TEMPORARY_FAILURE, down).stuck()).isTrue();
        assertThat(new MailFlow(3, 1, Duration.ofMinutes(1), at, ACCEPTED, null).stuck())
                .as("one customer's mailbox refusing does not stop the others").isFalse();
        assertThat(new MailFlow(0, 0, Duration.ZERO, at, TEMPORARY_FAILURE, down).stuck())
                .as("nothing waits: the failure was settled since").isFalse();
        assertThat(new MailFlow(2, 0, Duration.ofMinutes(1), null, null, null).stuck())
                .as("no attempt yet").isFalse();
    }
}
