package com.renewalpost.fulfilment.payments;

import com.renewalpost.fulfilment.orders.PaymentItem;
import com.renewalpost.fulfilment.orders.PaymentMethod;
import com.renewalpost.fulfilment.orders.PostPayments;
import com.renewalpost.fulfilment.platform.CsvExport;
import com.renewalpost.fulfilment.platform.DomainException;
import com.renewalpost.fulfilment.platform.Message;
import com.renewalpost.fulfilment.platform.PrintingSettings;
import com.renewalpost.labels.deposit.DepositItem;
import com.renewalpost.labels.deposit.DepositSlip;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The day's cheques and money orders (as order entry recorded them, by UTC day) as a bank deposit
 * slip: JSON, CSV and label-printing's PDF, all with the totals per currency.
 */
@ApplicationScoped
@Transactional
public class DepositSlips {

    /** One item as the API shows it. */
    public record ItemView(String orderNumber, String kind, String number, BigDecimal amount, String currency,
                           OffsetDateTime receivedAt) {
    }

    /** What the items of one currency come to. */
    public record TotalView(String currency, int count, BigDecimal amount) {
    }

    public record SlipView(LocalDate date, String accountHolder, List<ItemView> items, List<TotalView> totals) {
    }

    @Inject
    PostPayments payments;
    @Inject
    PrintingSettings printing;

    public SlipView view(LocalDate day) {
        var items = items(day);
        var slip = slip(day, items);
        return new SlipView(day, slip.accountHolder(), items.stream().map(i -> new ItemView(i.order().number().value(),
                i.kind().name(), i.number(), i.amount().amount(), i.amount().currency(), i.receivedAt())).toList(),
                slip.totals().stream().map(t -> new TotalView(t.currency(), t.count(), t.amount())).toList());
    }

    public byte[] pdf(LocalDate day) {
        var out = new ByteArrayOutputStream();
        new com.renewalpost.labels.deposit.DepositSlips(printing.settings()).write(slip(day, items(day)), out);
        return out.toByteArray();
    }

    public String csv(LocalDate day) {
        return csv(slip(day, items(day)));
    }

    /**
     * The items, then a TOTAL row per currency (its count of items in the number column), so that a
     * spreadsheet needs no formula.
     */
    static String csv(DepositSlip slip) {
        var csv = CsvExport.withColumns("date", "order_number", "kind", "number", "amount", "currency");
        for (var item : slip.items()) {
            csv.row(slip.date().toString(), item.orderNumber(), item.kind(), item.number(), item.amount(), item.currency());
        }
        for (var total : slip.totals()) {
            csv.row(slip.date().toString(), "", "TOTAL", total.count(), total.amount(), total.currency());
        }
        return csv.text();
    }

    private List<PaymentItem> items(LocalDate day) {
        var items = payments.receivedOn(day);
        if (items.size() > PostPayments.DAY_LIMIT) {
            throw DomainException.conflict("too-many-items", Message.of("depositSlip.tooMany", PostPayments.DAY_LIMIT));
        }
        return items;
    }

    private DepositSlip slip(LocalDate day, List<PaymentItem> items) {
        return new DepositSlip(day, printing.settings().sender().name(), items.stream()
                .map(i -> new DepositItem(i.order().number().value(), printedKind(i.kind()), i.number(),
                        i.amount().amount(), i.amount().currency())).toList());
    }

    private static String printedKind(PaymentMethod kind) {
        return kind == PaymentMethod.MONEY_ORDER ? "Money order" : "Cheque";
    }
}
