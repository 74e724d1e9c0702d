package com.renewalpost.fulfilment.notifications;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The SMTP conversation against a scripted server: what counts as sent, what is worth retrying,
 * what is final. The classification decides between "try again" and "tell support", so each
 * case here is a real reply a real server gives.
 */
class SmtpMailerTest {

    private static final Duration PATIENT = Duration.ofSeconds(10);

    @Test
    void aMessageTheServerAcceptedIsSentWithTheServersReply() throws Exception {
        try (var server = new ScriptedSmtpServer(ScriptedSmtpServer.Script.accepting())) {
            var outcome = send(server, PATIENT);

            assertThat(outcome).isInstanceOf(SmtpOutcome.Accepted.class);
            assertThat(outcome.reply()).isEqualTo("250 2.0.0 Ok: queued as T1");
            assertThat(server.commands()).anyMatch(c -> c.startsWith("MAIL FROM:<renewals@example.com>"))
                    .anyMatch(c -> c.startsWith("RCPT TO:<kim@example.com>"));
            assertThat(server.messages()).singleElement().asString().contains("Message-ID: <stable@renewalpost.invalid>");
        }
    }

    @Test
    void aDroppedConnectionAfterTheServerTookTheMessageStillCountsAsSent() throws Exception {
        try (var server = new ScriptedSmtpServer(ScriptedSmtpServer.Script.accepting().hangingUpAfterData())) {
            assertThat(send(server, PATIENT)).isInstanceOf(SmtpOutcome.Accepted.class);
        }
    }

    @Test
    void aConnectionLostAfterTheWholeMessageBeforeTheVerdictLeavesTheOutcomeUnknown() throws Exception {
        try (var server = new ScriptedSmtpServer(ScriptedSmtpServer.Script.accepting().droppingAfterData())) {
            var outcome = send(server, PATIENT);

            assertThat(outcome).isInstanceOf(SmtpOutcome.Unknown.class);
            assertThat(outcome.reply()).startsWith("connection lost after the message was sent");
            assertThat(server.messages()).as("the server has the whole message").singleElement().asString()
                    .contains("Message-ID: <stable@renewalpost.invalid>");
        }
        try (var server = new ScriptedSmtpServer(ScriptedSmtpServer.Script.accepting().silentAfterData())) {
            var outcome = send(server, Duration.ofMillis(500));

            assertThat(outcome).isInstanceOf(SmtpOutcome.Unknown.class);
            assertThat(outcome.reply()).contains("SocketTimeoutException");
        }
    }

    @Test
    void aVerdictOnTheMessageIsNoUnknownEvenWhenTheServerHangsUpAfterIt() throws Exception {
        try (var server = new ScriptedSmtpServer(ScriptedSmtpServer.Script.accepting()
                .afterData("421 4.3.0 Server closing connection").hangingUpAfterData())) {
            var outcome = send(server, PATIENT);
            assertThat(outcome).isInstanceOf(SmtpOutcome.TemporaryFailure.class);
            assertThat(outcome.reply()).startsWith("421 4.3.0");
        }
    }

    @Test
    void aConnectionLostBeforeTheMessageWasWholeIsNotSent() throws Exception {
        try (var server = new ScriptedSmtpServer(ScriptedSmtpServer.Script.accepting().silently())) {
            assertThat(send(server, Duration.ofMillis(500))).isInstanceOf(SmtpOutcome.TemporaryFailure.class);
        }
        try (var server = new ScriptedSmtpServer(ScriptedSmtpServer.Script.accepting()
                .rcptTo("421 4.4.2 Timeout exceeded"))) {
            assertThat(send(server, PATIENT)).isInstanceOf(SmtpOutcome.TemporaryFailure.class);
        }
    }

    @Test
    void aRecipientRefusedWith5xxIsPermanent() throws Exception {
        try (var server = new ScriptedSmtpServer(ScriptedSmtpServer.Script.accepting()
                .rcptTo("550 5.1.1 <kim@example.com>: Recipient address rejected: User unknown"))) {
            var outcome = send(server, PATIENT);

            assertThat(outcome).isInstanceOf(SmtpOutcome.PermanentFailure.class);
            assertThat(outcome.reply()).startsWith("550 5.1.1").contains("User unknown");
            assertThat(server.messages()).isEmpty();
        }
    }

    @Test
    void aRecipientDeferredWith4xxIsTemporary() throws Exception {
        try (var server = new ScriptedSmtpServer(ScriptedSmtpServer.Script.accepting()
                .rcptTo("450 4.2.0 <kim@example.com>: Recipient address rejected: Greylisted"))) {
            var outcome = send(server, PATIENT);

            assertThat(outcome).isInstanceOf(SmtpOutcome.TemporaryFailure.class);
            assertThat(outcome.reply()).startsWith("450 4.2.0").contains("Greylisted");
        }
    }

    @Test
    void aMessageRefusedAfterDataIsPermanentWith5xxAndTemporaryWith4xx() throws Exception {
        try (var server = new ScriptedSmtpServer(ScriptedSmtpServer.Script.accepting()
                .afterData("554 5.7.1 Message rejected as spam"))) {
            var outcome = send(server, PATIENT);
            assertThat(outcome).isInstanceOf(SmtpOutcome.PermanentFailure.class);
            assertThat(outcome.reply()).startsWith("554 5.7.1");
        }
        try (var server = new ScriptedSmtpServer(ScriptedSmtpServer.Script.accepting()
                .afterData("452 4.3.1 Insufficient system storage"))) {
            var outcome = send(server, PATIENT);
            assertThat(outcome).isInstanceOf(SmtpOutcome.TemporaryFailure.class);
            assertThat(outcome.reply()).startsWith("452 4.3.1");
        }
    }

    @Test
    void aRefusedSenderIsOurConfigurationSoItWaitsForAFix() throws Exception {
        try (var server = new ScriptedSmtpServer(ScriptedSmtpServer.Script.accepting()
                .mailFrom("553 5.7.1 <renewals@example.com>: Sender address rejected: not owned by user"))) {
            var outcome = send(server, PATIENT);

            assertThat(outcome).isInstanceOf(SmtpOutcome.TemporaryFailure.class);
            assertThat(outcome.reply()).startsWith("sender refused: 553 5.7.1");
        }
    }

    @Test
    void anyRefusalOfTheSenderIsOurConfigurationNotTheCustomers() throws Exception {
        // Angus marks only some codes (550, 553, ...) as the sender's: these arrive as plain send failures
        for (var refusal : new String[] {"530 5.7.0 Authentication required", "500 5.3.0 Error: command failed",
                "554 5.7.1 <renewals@example.com>: Sender address rejected: Access denied"}) {
            try (var server = new ScriptedSmtpServer(ScriptedSmtpServer.Script.accepting().mailFrom(refusal))) {
                var outcome = send(server, PATIENT);

                assertThat(outcome).as(refusal).isInstanceOf(SmtpOutcome.TemporaryFailure.class);
                assertThat(outcome.reply()).startsWith("sender refused: " + refusal.substring(0, 3));
                assertThat(server.messages()).isEmpty();
            }
        }
    }

    @Test
    void aServerThatIsBusyAtTheGreetingIsTemporary() throws Exception {
        try (var server = new ScriptedSmtpServer(ScriptedSmtpServer.Script.accepting()
                .greeting("421 4.3.2 Service not available, closing channel"))) {
            assertThat(send(server, PATIENT)).isInstanceOf(SmtpOutcome.TemporaryFailure.class);
        }
    }

    @Test
    void noServerListeningIsTemporary() throws Exception {
        int closedPort;
        try (var probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = probe.getLocalPort();
        }
        var outcome = new SmtpMailer(settings(closedPort, PATIENT, false)).send(message(closedPort, PATIENT));

        assertThat(outcome).isInstanceOf(SmtpOutcome.TemporaryFailure.class);
        assertThat(outcome.reply()).contains("ConnectException");
    }

    @Test
    void aServerThatNeverAnswersTimesOutAsTemporary() throws Exception {
        try (var server = new ScriptedSmtpServer(ScriptedSmtpServer.Script.accepting().silently())) {
            var outcome = send(server, Duration.ofMillis(500));

            assertThat(outcome).isInstanceOf(SmtpOutcome.TemporaryFailure.class);
            assertThat(outcome.reply()).contains("SocketTimeoutException");
        }
    }

    @Test
    void withStartTlsRequiredNothingIsSentToAServerWithoutIt() throws Exception {
        try (var server = new ScriptedSmtpServer(ScriptedSmtpServer.Script.accepting())) {
            var mailer = new SmtpMailer(settings(server.port(), PATIENT, true));
            var outcome = mailer.send(message(mailer));

            assertThat(outcome).isInstanceOf(SmtpOutcome.TemporaryFailure.class);
            assertThat(outcome.reply()).containsIgnoringCase("STARTTLS");
            assertThat(server.commands()).noneMatch(c -> c.startsWith("MAIL") || c.startsWith("RCPT"));
            assertThat(server.messages()).isEmpty();
        }
    }

    @Test
    void theProtocolTraceIsNeverSwitchedOn() {
        var mailer = new SmtpMailer(settings(2525, PATIENT, true));
        assertThat(mailer.session().getDebug()).isFalse();
        assertThat(mailer.session().getProperty("mail.debug")).isEqualTo("false");
    }

    @Test
    void failuresWithoutAServerReplyAreClassifiedByWhatTheyMean() {
        assertThat(SmtpOutcome.ofFailure(new MessagingException("wrapped", new AddressException("Illegal address"))))
                .isInstanceOf(SmtpOutcome.PermanentFailure.class);
        assertThat(SmtpOutcome.ofFailure(new AuthenticationFailedException("535 5.7.8 bad credentials")))
                .isInstanceOf(SmtpOutcome.TemporaryFailure.class);
        assertThat(SmtpOutcome.ofFailure(new MessagingException("something odd")))
                .isInstanceOf(SmtpOutcome.TemporaryFailure.class);
    }

    @Test
    void repliesAreKeptToOneShortLine() {
        assertThat(SmtpOutcome.clean("250-first\r\n250 second\n")).isEqualTo("250-first 250 second");
        assertThat(SmtpOutcome.clean("x".repeat(1_000))).hasSize(SmtpOutcome.MAX_REPLY);
        assertThat(SmtpOutcome.clean(null)).isEqualTo("(no reply)");
    }

    @Test
    void eachWayAnAttemptEndsHasPlainWordsForStaff() throws Exception {
        int closedPort;
        try (var probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = probe.getLocalPort();
        }
        assertThat(SmtpCause.of(new SmtpMailer(settings(closedPort, PATIENT, false)).send(message(closedPort, PATIENT))))
                .isEqualTo(SmtpCause.CONNECTION_REFUSED);
        var nowhere = new SmtpSettings("no-such-mail-host.invalid", 25, Optional.empty(), Optional.empty(), false, PATIENT);
        assertThat(SmtpCause.of(new SmtpMailer(nowhere).send(message(new SmtpMailer(nowhere)))))
                .isEqualTo(SmtpCause.UNKNOWN_HOST);
        try (var server = new ScriptedSmtpServer(ScriptedSmtpServer.Script.accepting().silently())) {
            assertThat(SmtpCause.of(send(server, Duration.ofMillis(500)))).isEqualTo(SmtpCause.TIMEOUT);
        }
        try (var server = new ScriptedSmtpServer(ScriptedSmtpServer.Script.accepting()
                .rcptTo("550 5.1.1 <kim@example.com>: Recipient address rejected: User unknown"))) {
            assertThat(SmtpCause.of(send(server, PATIENT))).isEqualTo(SmtpCause.RECIPIENT_REJECTED);
        }
        try (var server = new ScriptedSmtpServer(ScriptedSmtpServer.Script.accepting()
                .rcptTo("450 4.2.0 <kim@example.com>: Recipient address rejected: Greylisted"))) {
            assertThat(SmtpCause.of(send(server, PATIENT))).isEqualTo(SmtpCause.SERVER_BUSY);
        }
        try (var server = new ScriptedSmtpServer(ScriptedSmtpServer.Script.accepting())) {
            assertThat(SmtpCause.of(send(server, PATIENT))).isEqualTo(SmtpCause.ACCEPTED);
        }
        assertThat(SmtpCause.of(SmtpOutcome.ofFailure(new AuthenticationFailedException("535 5.7.8 bad credentials"))))
                .isEqualTo(SmtpCause.AUTHENTICATION);
        // every cause has its words in English and Chinese, with no trace of the raw reply
        for (var cause : SmtpCause.values()) {
            for (var locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
                var words = com.renewalpost.fulfilment.platform.Message.nameOf(cause).in(locale);
                assertThat(words).as(cause + " in " + locale).isNotBlank().doesNotContain("Exception").doesNotContain("SmtpCause");
            }
        }
        // an attempt kept before there were causes reads the same from its reply
        assertThat(SmtpCause.of(EmailAttempt.Outcome.TEMPORARY_FAILURE,
                "Couldn't connect to host, port: 127.0.0.1, 2525; timeout 10000 (ConnectException: Connection refused)"))
                .isEqualTo(SmtpCause.CONNECTION_REFUSED);
    }

    private static SmtpOutcome send(ScriptedSmtpServer server, Duration timeout) throws MessagingException {
        var mailer = new SmtpMailer(settings(server.port(), timeout, false));
        return mailer.send(message(mailer));
    }

    private static SmtpSettings settings(int port, Duration timeout, boolean startTls) {
        return new SmtpSettings("127.0.0.1", port, Optional.empty(), Optional.empty(), startTls, timeout);
    }

    private static MimeMessage message(int port, Duration timeout) throws MessagingException {
        return message(new SmtpMailer(settings(port, timeout, false)));
    }

    private static MimeMessage message(SmtpMailer mailer) throws MessagingException {
        var message = new MimeMessage(mailer.session()) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", "<stable@renewalpost.invalid>");
            }
        };
        message.setFrom(new InternetAddress("renewals@example.com"));
        message.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress("kim@example.com"));
        message.setSubject("Your activation code");
        message.setText("The code would be here.", "UTF-8");
        return message;
    }

}
