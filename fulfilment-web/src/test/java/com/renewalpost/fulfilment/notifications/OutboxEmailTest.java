package com.renewalpost.fulfilment.notifications;

import com.renewalpost.fulfilment.catalogue.Money;
import com.renewalpost.fulfilment.catalogue.Product;
import com.renewalpost.fulfilment.catalogue.ProductKind;
import com.renewalpost.fulfilment.orders.Channel;
import com.renewalpost.fulfilment.orders.Customer;
import com.renewalpost.fulfilment.orders.DeliveryAddress;
import com.renewalpost.fulfilment.orders.Order;
import com.renewalpost.fulfilment.orders.OrderNumber;
import com.renewalpost.fulfilment.orders.Payment;
import com.renewalpost.fulfilment.orders.PaymentMethod;
import com.renewalpost.fulfilment.orders.RenewedLine;
import com.renewalpost.fulfilment.orders.PostalService;
import com.renewalpost.mail.EmailKind;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The outbox email's life from attempt to attempt, without a database. */
class OutboxEmailTest {

    private static final OffsetDateTime QUEUED = OffsetDateTime.of(2026, 11, 27, 9, 0, 0, 0, ZoneOffset.UTC);
    private final RetrySchedule retries = new RetrySchedule(Duration.ofMinutes(1), Duration.ofHours(1), Duration.ofHours(48));

    @Test
    void acceptedByTheServerIsSent() {
        var email = delayedEmail();
        var settlement = email.settle(true, new SmtpOutcome.Accepted("250 2.0.0 Ok: queued as 4F2A"), QUEUED, retries);

        assertThat(settlement).isInstanceOf(OutboxEmail.Sent.class);
        assertThat(email.status()).isEqualTo(OutboxEmail.Status.SENT);
        assertThat(email.settledAt()).contains(QUEUED);
        assertThat(email.attempts()).singleElement().satisfies(a -> {
            assertThat(a.outcome()).isEqualTo(EmailAttempt.Outcome.ACCEPTED);
            assertThat(a.reply()).isEqualTo("250 2.0.0 Ok: queued as 4F2A");
        });
    }

    @Test
    void temporaryFailuresWaitLongerEachTimeThenGiveUp() {
        var email = delayedEmail();
        var refused = new SmtpOutcome.TemporaryFailure("Couldn't connect to host (ConnectException: Connection refused)");

        var first = email.settle(true, refused, QUEUED, retries);
        var second = email.settle(true, refused, QUEUED.plusMinutes(1), retries);

        assertThat(first).isEqualTo(new OutboxEmail.WillRetry(QUEUED.plusMinutes(1)));
        assertThat(second).isEqualTo(new OutboxEmail.WillRetry(QUEUED.plusMinutes(3)));
        assertThat(email.status()).isEqualTo(OutboxEmail.Status.PENDING);
        assertThat(email.nextAttemptAt()).isEqualTo(QUEUED.plusMinutes(3));

        var last = email.settle(true, refused, QUEUED.plusHours(47).plusMinutes(58), retries);
        assertThat(last).isEqualTo(new OutboxEmail.Failed(true));
        assertThat(email.status()).isEqualTo(OutboxEmail.Status.FAILED);
        assertThat(email.attempts()).hasSize(3).allSatisfy(a ->
                assertThat(a.outcome()).isEqualTo(EmailAttempt.Outcome.TEMPORARY_FAILURE));
    }

    @Test
    void anUnknownOutcomeIsTriedAgainLikeATemporaryFailureAndSaysSo() {
        var email = delayedEmail();
        var lost = new SmtpOutcome.Unknown("connection lost after the message was sent, before the server's verdict");

        assertThat(email.settle(true, lost, QUEUED, retries)).isEqualTo(new OutboxEmail.WillRetry(QUEUED.plusMinutes(1)));
        assertThat(email.status()).isEqualTo(OutboxEmail.Status.PENDING);
        assertThat(email.settle(true, new SmtpOutcome.Accepted("250 ok"), QUEUED.plusMinutes(1), retries))
                .isInstanceOf(OutboxEmail.Sent.class);
        assertThat(email.attempts()).extracting(EmailAttempt::outcome)
                .containsExactly(EmailAttempt.Outcome.OUTCOME_UNKNOWN, EmailAttempt.Outcome.ACCEPTED);
        assertThat(email.attempts().get(0).reply()).startsWith("connection lost after the message was sent");
    }

    @Test
    void aPermanentFailureStopsAtOnce() {
        var email = delayedEmail();
        var settlement = email.settle(true, new SmtpOutcome.PermanentFailure("550 5.1.1 <kim@example.com>: user unknown"),
                QUEUED, retries);

        assertThat(settlement).isEqualTo(new OutboxEmail.Failed(false));
        assertThat(email.status()).isEqualTo(OutboxEmail.Status.FAILED);
        assertThat(email.lastReply()).contains("550 5.1.1 <kim@example.com>: user unknown");
    }

    @Test
    void aFailureReportedAfterTheClaimWasTakenOverChangesNothingButTheLog() {
        var email = delayedEmail();
        var settlement = email.settle(false, new SmtpOutcome.PermanentFailure("554 rejected"), QUEUED, retries);

        assertThat(settlement).isInstanceOf(OutboxEmail.AlreadySettled.class);
        assertThat(email.status()).isEqualTo(OutboxEmail.Status.PENDING);
        assertThat(email.attempts()).hasSize(1);
    }

    @Test
    void anAcceptanceAlwaysCountsEvenAfterTheClaimWasTakenOver() {
        var email = delayedEmail();
        email.settle(true, new SmtpOutcome.PermanentFailure("550 no"), QUEUED, retries);

        assertThat(email.settle(false, new SmtpOutcome.Accepted("250 ok"), QUEUED.plusMinutes(1), retries))
                .isInstanceOf(OutboxEmail.Sent.class);
        assertThat(email.status()).isEqualTo(OutboxEmail.Status.SENT);
    }

    @Test
    void automaticEmailsHaveNumberZeroAndSupportsCountFromOne() {
        assertThat(OutboxEmail.stableKey("RP-ABCD-1234", EmailReason.DELAYED, 0)).isEqualTo("order:RP-ABCD-1234/DELAYED");
        assertThat(OutboxEmail.stableKey("RP-ABCD-1234", EmailReason.SUPPORT, 2)).isEqualTo("order:RP-ABCD-1234/SUPPORT/2");
        var order = order();
        assertThatThrownBy(() -> new OutboxEmail(order, EmailReason.SUPPORT, 0, EmailKind.CODE_DELAYED, "a@example.com",
                "<x@renewalpost.invalid>", "kim", "asked", QUEUED)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OutboxEmail(order, EmailReason.AT_RISK, 1, EmailKind.CODE_AT_RISK, "a@example.com",
                "<x@renewalpost.invalid>", "kim", null, QUEUED)).isInstanceOf(IllegalArgumentException.class);
    }

    private OutboxEmail delayedEmail() {
        return new OutboxEmail(order(), EmailReason.DELAYED, 0, EmailKind.CODE_DELAYED, "w@example.com",
                "<abc@renewalpost.invalid>", CodeEmailCheck.ACTOR, null, QUEUED);
    }

    static Order order() {
        var product = new Product("VCH-30", "Top-up 30 days", ProductKind.VOUCHER, 30, "10 GB",
                Money.of("25.00", "USD"), 20, "490700", "Printed voucher", "\\d{16}", 10);
        return new Order(OrderNumber.next(), new Customer("王小明", "Wang Xiaoming", "w@example.com", null, "zh-Hans"),
                new DeliveryAddress(null, List.of("No. 18 Zhongguancun Street"), "Haidian", "Beijing", "Beijing",
                        "100080", "CN"),
                product, RenewedLine.iccid("8901260000000000008"), LocalDate.of(2027, 1, 1),
                PostalService.STANDARD_LETTER, Channel.POST, null, null,
                new Payment(PaymentMethod.CHEQUE, "123", Money.of("25.00", "USD")), null, QUEUED, "tester");
    }
}
