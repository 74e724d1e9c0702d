package com.renewalpost.fulfilment.notifications;

import com.renewalpost.fulfilment.orders.OrderNumber;
import com.renewalpost.fulfilment.orders.Orders;
import com.renewalpost.fulfilment.orders.PaymentComparison;
import com.renewalpost.fulfilment.orders.PostPayments;
import com.renewalpost.fulfilment.orders.UnknownOrderException;
import com.renewalpost.fulfilment.platform.DomainException;
import com.renewalpost.fulfilment.platform.Message;
import com.renewalpost.fulfilment.platform.PrintingSettings;
import com.renewalpost.labels.address.AddressFormats;
import com.renewalpost.labels.note.CustomerNote;
import com.renewalpost.labels.note.CustomerNotes;
import com.renewalpost.mail.EmailTemplates;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The printed note asking for the balance of a short-paid post order, for customers to whom an email
 * does not reach (or to go with a letter): the balance-due email's text in the customer's language,
 * printed with the letters' fonts under the address as the label has it.
 */
@ApplicationScoped
@Transactional
public class BalanceNotes {

    @Inject
    Orders orders;
    @Inject
    PostPayments payments;
    @Inject
    CodeEmailMessages messages;
    @Inject
    PrintingSettings printing;

    private EmailTemplates templates;

    @PostConstruct
    void init() {
        templates = new EmailTemplates();
    }

    public byte[] pdf(OrderNumber number) {
        var order = orders.byNumber(number).orElseThrow(() -> UnknownOrderException.of(number));
        var shortPayment = payments.check(order).filter(c -> c.outcome() == PaymentComparison.Outcome.SHORT)
                .orElseThrow(() -> DomainException.conflict("no-balance-due", Message.of("balanceNote.none", number.value())));
        var text = templates.renderForBrowser(messages.balanceDue(order, shortPayment)).text();
        var address = AddressFormats.standard().forCountry(order.address().countryCode())
                .labelLines(order.address().toPostalAddress(order.customer().nameLatin()));
        var out = new ByteArrayOutputStream();
        new CustomerNotes(printing.settings()).write(note(order.customer().language(), address, text), out);
        return out.toByteArray();
    }

    /** The email's plain text as a note: its first paragraph the heading, the rest up to the footer ("--") the text. */
    static CustomerNote note(String language, List<String> address, String emailText) {
        var body = emailText.split("(?m)^--\\s*$", 2)[0];
        var paragraphs = new ArrayList<>(Arrays.stream(body.split("\\R\\s*\\R")).map(String::strip)
                .filter(p -> !p.isEmpty()).toList());
        var title = paragraphs.remove(0);
        return new CustomerNote(language, address, title, paragraphs);
    }
}
