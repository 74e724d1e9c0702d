package com.renewalpost.fulfilment.orders;

import com.renewalpost.fulfilment.catalogue.Money;
import com.renewalpost.fulfilment.catalogue.Product;
import com.renewalpost.fulfilment.catalogue.ProductPrices;
import com.renewalpost.fulfilment.platform.Message;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The rules for what arrived with a post order ({@link OrderRequest.PaymentDetails#items()}): only post
 * orders list items; at most {@value #MAX_ITEMS} cheques or money orders, each with its number and a
 * positive amount in one currency for the whole order; the payment's amount is their total; and the
 * product must have a price in that currency, against which {@link #comparison} checks the total.
 */
public final class PostPayment {

    public static final int MAX_ITEMS = 10;
    public static final int MAX_NUMBER = 40;
    static final Set<PaymentMethod> KINDS = EnumSet.of(PaymentMethod.CHEQUE, PaymentMethod.MONEY_ORDER);

    private PostPayment() {
    }

    /** Whether the request lists what arrived (then it is checked against the price). */
    public static boolean listsItems(OrderRequest request) {
        return request.payment() != null && request.payment().items() != null && !request.payment().items().isEmpty();
    }

    /** The problems of the listed items; none when the request lists none. */
    static List<FieldProblem> problems(OrderRequest request, Optional<Product> product) {
        List<FieldProblem> problems = new ArrayList<>();
        if (!listsItems(request)) {
            return problems;
        }
        var payment = request.payment();
        var items = payment.items();
        if (OrderValidation.parseEnum(Channel.class, request.channel()).filter(c -> c == Channel.POST).isEmpty()) {
            problems.add(new FieldProblem("payment.items", Message.of("order.payment.items.postOnly")));
            return problems;
        }
        if (items.size() > MAX_ITEMS) {
            problems.add(new FieldProblem("payment.items", Message.of("order.payment.items.tooMany", MAX_ITEMS)));
            return problems;
        }
        var method = OrderValidation.parseEnum(PaymentMethod.class, payment.method());
        if (method.isPresent() && !KINDS.contains(method.get())) {
            problems.add(new FieldProblem("payment.method", Message.of("order.payment.items.method")));
        }
        String currency = null;
        boolean oneCurrency = true;
        boolean complete = true;
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < items.size(); i++) {
            var field = "payment.items[" + i + "]";
            var item = items.get(i);
            if (item == null) {
                problems.add(new FieldProblem(field, Message.of("order.payment.item.required")));
                complete = false;
                continue;
            }
            var kind = OrderValidation.parseEnum(PaymentMethod.class, item.kind()).filter(KINDS::contains);
            if (kind.isEmpty()) {
                problems.add(new FieldProblem(field + ".kind", Message.of("order.payment.item.kind",
                        item.kind() == null ? "" : item.kind())));
            }
            if (item.number() == null || item.number().isBlank()) {
                problems.add(new FieldProblem(field + ".number", Message.of("order.payment.item.number")));
            } else if (item.number().strip().length() > MAX_NUMBER) {
                problems.add(new FieldProblem(field + ".number", Message.of("constraint.Size", MAX_NUMBER)));
            } else if (OrderValidation.firstInvisible(item.number(), false).isPresent()) {
                problems.add(new FieldProblem(field + ".number", Message.of("order.payment.item.number")));
            }
            var itemCurrency = currency(item.currency());
            if (itemCurrency.isEmpty()) {
                problems.add(new FieldProblem(field + ".currency", Message.of("order.currency.invalid",
                        item.currency() == null ? "" : item.currency())));
                complete = false;
                continue;
            }
            var amountProblem = ProductPrices.amountProblem(item.amount(), itemCurrency.get());
            if (amountProblem.isPresent()) {
                problems.add(new FieldProblem(field + ".amount", amountProblem.get()));
                complete = false;
            } else {
                total = total.add(item.amount());
            }
            var code = itemCurrency.get().getCurrencyCode();
            if (currency == null) {
                currency = code;
            } else if (!currency.equals(code)) {
                oneCurrency = false;
            }
        }
        if (!oneCurrency) {
            problems.add(new FieldProblem("payment.items", Message.of("order.payment.items.oneCurrency")));
            return problems;
        }
        if (currency == null || !complete) {
            return problems;
        }
        if (payment.currency() != null && !currency.equals(payment.currency().strip().toUpperCase(Locale.ROOT))) {
            problems.add(new FieldProblem("payment.currency", Message.of("order.payment.items.currency", currency)));
        }
        if (payment.amount() != null && payment.amount().compareTo(total) != 0) {
            problems.add(new FieldProblem("payment.amount", Message.of("order.payment.items.total",
                    total.toPlainString() + " " + currency)));
        }
        if (product.isPresent() && product.get().priceIn(currency).isEmpty()) {
            problems.add(new FieldProblem("payment.currency", Message.of("order.payment.noPrice", product.get().sku(),
                    currency, String.join(", ", product.get().prices().keySet()))));
        }
        return problems;
    }

    /** The total of the (valid) items compared with the product's price in their currency. */
    static PaymentComparison comparison(OrderRequest request, Product product) {
        var items = request.payment().items();
        var currency = currency(items.get(0).currency()).orElseThrow().getCurrencyCode();
        var total = items.stream().map(OrderRequest.PaymentItemDetails::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        var price = product.priceIn(currency).orElseThrow(() -> new IllegalStateException("no price in " + currency));
        return PaymentComparison.of(price, new Money(total, currency));
    }

    static PaymentMethod kind(OrderRequest.PaymentItemDetails item) {
        return OrderValidation.parseEnum(PaymentMethod.class, item.kind()).orElseThrow();
    }

    static String currencyCode(OrderRequest.PaymentItemDetails item) {
        return currency(item.currency()).orElseThrow().getCurrencyCode();
    }

    private static Optional<Currency> currency(String code) {
        if (code == null || !code.strip().matches("[A-Za-z]{3}")) {
            return Optional.empty();
        }
        try {
            var currency = Currency.getInstance(code.strip().toUpperCase(Locale.ROOT));
            return currency.getDefaultFractionDigits() < 0 ? Optional.empty() : Optional.of(currency);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
