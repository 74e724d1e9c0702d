package com.renewalpost.fulfilment.notifications;

import com.renewalpost.fulfilment.catalogue.Catalogue;
import com.renewalpost.fulfilment.catalogue.ProductKind;
import com.renewalpost.fulfilment.orders.LookupFactor;
import com.renewalpost.fulfilment.orders.Order;
import com.renewalpost.mail.EmailedCode;
import com.renewalpost.mail.CodeAtRisk;
import com.renewalpost.mail.CodeDelayed;
import com.renewalpost.mail.ConfirmationCode;
import com.renewalpost.mail.CustomerEmail;
import com.renewalpost.mail.DeliveryWindow;
import com.renewalpost.mail.BalanceDue;
import com.renewalpost.mail.RenewalReminder;
import com.renewalpost.mail.NextCardOnItsWay;
import com.renewalpost.mail.ReplacementSent;
import com.renewalpost.fulfilment.orders.PaymentComparison;
import com.renewalpost.mail.EmailTemplates;
import com.renewalpost.mail.Envelope;
import com.renewalpost.mail.Language;
import com.renewalpost.mail.Mailbox;
import com.renewalpost.mail.MessageComposer;
import com.renewalpost.mail.OrderDetails;
import com.renewalpost.mail.TemplateRenderingException;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Turns an outbox row into the MIME message to send, with mail-templates: the order's details,
 * its activation code and the customer's language. Rendered at every attempt, so the code is only
 * ever in memory; the Message-ID stays the same because it comes from the row's stable key.
 */
@ApplicationScoped
public class CodeEmailMessages {

    /** Either a message ready to send or why this email can never be sent. */
    public sealed interface Composition permits Ready, Unsendable {
    }

    public record Ready(MimeMessage message) implements Composition {
    }

    public record Unsendable(String why) implements Composition {
    }

    @Inject
    EmailIdentity identity;
    @Inject
    Clock clock;
    @Inject
    Catalogue catalogue;

    private MessageComposer composer;

    @PostConstruct
    void init() {
        composer = new MessageComposer(new EmailTemplates(), identity.messageIdDomain(), clock);
    }

    String messageIdFor(String stableKey) {
        return composer.messageIdFor(stableKey);
    }

    /**
     * @param plainCode the order's activation code, or empty when it holds none
     * @param postedOn  when the letter was posted, or empty before that
     */
    Composition compose(OutboxEmail email, Order order, Optional<String> plainCode, Optional<LocalDate> postedOn,
                        Session session) {
        if (plainCode.isEmpty()) {
            return new Unsendable("the order holds no activation code");
        }
        return compose(email, order, session, () -> customerEmail(email, order, plainCode.get(), postedOn));
    }

    /**
     * The replacement-sent email: no code; the replacement's posting date and the window in which
     * it should arrive (posting date plus the delivery standard, the last three days of it).
     */
    Composition composeReplacement(OutboxEmail email, Order order, Optional<LocalDate> postedOn, int transitDays,
                                   Session session) {
        if (postedOn.isEmpty()) {
            return new Unsendable("the replacement letter has not been posted");
        }
        return compose(email, order, session, () -> {
            var details = details(order);
            var latest = postedOn.get().plusDays(transitDays);
            var window = new DeliveryWindow(postedOn.get().plusDays(Math.max(1, transitDays - 3)), latest);
            var cause = ReplacementSent.Reason.valueOf(email.requestNote().orElse(ReplacementSent.Reason.LOST.name()));
            return new ReplacementSent(details, cause, postedOn.get(), window, null);
        });
    }

    /** The balance-due email: what is missing, what arrived and the price, from the order's payment check. */
    Composition composeBalanceDue(OutboxEmail email, Order order, Optional<PaymentComparison> check, Session session) {
        if (check.isEmpty() || check.get().outcome() != PaymentComparison.Outcome.SHORT) {
            return new Unsendable("the order was not paid short");
        }
        return compose(email, order, session, () -> balanceDue(order, check.get()));
    }

    /** The balance-due email's content: the email and the printed note say the same. */
    BalanceDue balanceDue(Order order, PaymentComparison shortPayment) {
        return new BalanceDue(details(order),
                shortPayment.difference().amount(), shortPayment.received().amount(), shortPayment.price().amount(),
                java.util.Currency.getInstance(shortPayment.price().currency()));
    }

    /** The confirmation-code email: the eSIM's confirmation code alone, never with the activation code. */
    Composition composeConfirmation(OutboxEmail email, Order order, Optional<String> confirmationCode, Session session) {
        if (confirmationCode.isEmpty()) {
            return new Unsendable("the order's code needs no confirmation code or the order holds no code");
        }
        return compose(email, order, session, () -> new ConfirmationCode(details(order), confirmationCode.get()));
    }

    /** What every email says about the order, with the line's last digits that tell our emails from phishing. */
    private OrderDetails details(Order order) {
        return new OrderDetails(order.customer().name(), Language.fromTag(order.customer().language()),
                order.number().value(), productName(order), identity.support(), identity.sender(),
                LookupFactor.lineEnding(order.line()).orElse(null));
    }

    /**
     * The renewal reminder: no code; what it says comes from the renewal package ({@link ReminderFacts}). It carries
     * List-Unsubscribe with one-click POST (RFC 8058), so that mail programs offer their own unsubscribe button.
     */
    Composition composeReminder(OutboxEmail email, Order order, Optional<ReminderFacts.Facts> facts, Session session) {
        if (facts.isEmpty()) {
            return new Unsendable("the reminder is no longer due (the customer ordered or unsubscribed since)");
        }
        var f = facts.get();
        var composition = compose(email, order, session, () -> {
            return new RenewalReminder(details(order), RenewalReminder.lastFourOf(f.line()), f.nextExpiry(), f.latestDay(),
                    f.lastCall(), f.orderOnline(), f.unsubscribe());
        });
        if (composition instanceof Ready ready) {
            try {
                ready.message().setHeader("List-Unsubscribe", "<" + f.unsubscribe().toASCIIString() + ">");
                ready.message().setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
                ready.message().saveChanges();
            } catch (MessagingException broken) {
                return new Unsendable("the email could not be rendered (" + broken.getClass().getSimpleName() + ")");
            }
        }
        return composition;
    }

    /** The "next card on its way" email of an order a standing order made: the plan it renews, the card a week early. */
    Composition composeNextCard(OutboxEmail email, Order order, Session session) {
        if (order.planExpiresOn().isEmpty()) {
            return new Unsendable("the order has no plan expiry");
        }
        return compose(email, order, session, () -> {
            var details = details(order);
            var expiry = order.planExpiresOn().get();
            return new NextCardOnItsWay(details, expiry, expiry.minusDays(NextCardOnItsWay.CARD_IN_HAND_DAYS));
        });
    }

    /** Addresses and renders one email; what cannot be sent says why, never with the code in it. */
    private Composition compose(OutboxEmail email, Order order, Session session,
                                java.util.function.Supplier<CustomerEmail> content) {
        Mailbox to;
        try {
            to = new Mailbox(email.recipient(), order.customer().name());
        } catch (IllegalArgumentException badName) {
            try {
                to = new Mailbox(email.recipient());
            } catch (IllegalArgumentException badAddress) {
                return new Unsendable("the recipient address is not a valid email address");
            }
        }
        try {
            var envelope = new Envelope(identity.from(), to, identity.replyTo(),
                    OutboxEmail.stableKey(order.number().value(), email.reason(), email.sendNumber()));
            return new Ready(composer.compose(session, content.get(), envelope));
        } catch (IllegalArgumentException refused) {
            // the library names the field, never the value (which may be the code)
            return new Unsendable("the order's details cannot go into an email: " + refused.getMessage());
        } catch (TemplateRenderingException | MessagingException broken) {
            return new Unsendable("the email could not be rendered (" + broken.getClass().getSimpleName() + ")");
        }
    }

    /** The product as the catalogue names it in the customer's language, the letter's name for it. */
    private String productName(Order order) {
        return catalogue.wordingFor(order.product(), order.customer().language()).name();
    }

    private CustomerEmail customerEmail(OutboxEmail email, Order order, String plainCode,
                                        Optional<LocalDate> postedOn) {
        var details = details(order);
        var code = order.product().kind() == ProductKind.ESIM_PROFILE
                ? EmailedCode.esimProfile(plainCode) : EmailedCode.voucherPin(plainCode);
        return switch (email.template()) {
            case CODE_DELAYED -> new CodeDelayed(details, code, postedOn.orElseThrow(
                    () -> new IllegalArgumentException("a letter-late email needs the posting date")), null);
            case CODE_AT_RISK -> new CodeAtRisk(details, code, order.planExpiresOn().orElseThrow(
                    () -> new IllegalArgumentException("a plan-expiring email needs the plan's expiry date")),
                    postedOn.orElse(null));
            case POSTED, REPLACEMENT_SENT, BALANCE_DUE, CONFIRMATION_CODE, RENEWAL_REMINDER, NEXT_CARD_ON_ITS_WAY -> throw new IllegalArgumentException(
                    "the outbox sends code emails only, not " + email.template());
        };
    }
}
