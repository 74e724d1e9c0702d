package com.renewalpost.fulfilment.orders;

import com.renewalpost.fulfilment.catalogue.Money;
import com.renewalpost.fulfilment.catalogue.Product;
import com.renewalpost.fulfilment.catalogue.ProductKind;
import com.renewalpost.fulfilment.platform.Message;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A post order's cheques and money orders against the product's price: exact, short, over, wrong currency, no price. */
class PostPaymentTest {

    private static final Product PRODUCT = new Product("ESIM-30", "eSIM 30 days", ProductKind.ESIM_PROFILE, 30, "10 GB",
            Money.of("25.00", "USD"), 20, "490700", "Printed letter", null, 10);

    private static OrderRequest.PaymentItemDetails item(String kind, String number, String amount, String currency) {
        return new OrderRequest.PaymentItemDetails(kind, number, new BigDecimal(amount), currency);
    }

    private static OrderRequest order(String channel, String method, String amount, String currency,
                                      List<OrderRequest.PaymentItemDetails> items) {
        return new OrderRequest("Alex Morgan", null, "a@example.com", null, "en",
                new OrderRequest.Address(null, List.of("1 George St"), null, "Sydney", "NSW", "2000", "AU"),
                "ESIM-30", "8901260000000000006", null, null, null, channel, "POST".equals(channel) ? null : "X-1",
                new OrderRequest.PaymentDetails(method, null, new BigDecimal(amount), currency, items), null);
    }

    private static List<String> problems(OrderRequest request) {
        return PostPayment.problems(request, Optional.of(PRODUCT)).stream()
                .map(p -> p.field() + ": " + p.message().in(Locale.ENGLISH)).toList();
    }

    @Test
    void theExactPriceIsPaidInFull() {
        var request = order("POST", "CHEQUE", "25.00", "USD", List.of(item("CHEQUE", "000123", "25", "USD")));
        assertThat(problems(request)).isEmpty();
        var comparison = PostPayment.comparison(request, PRODUCT);
        assertThat(comparison.outcome()).isEqualTo(PaymentComparison.Outcome.EXACT);
        assertThat(comparison.difference()).isEqualTo(Money.of("0", "USD"));
    }

    @Test
    void lessThanThePriceIsShortByTheDifference() {
        var request = order("POST", "MONEY_ORDER", "21.50", "USD",
                List.of(item("MONEY_ORDER", "MO-77", "20.00", "usd"), item("CHEQUE", "000124", "1.50", "USD")));
        assertThat(problems(request)).isEmpty();
        var comparison = PostPayment.comparison(request, PRODUCT);
        assertThat(comparison.outcome()).isEqualTo(PaymentComparison.Outcome.SHORT);
        assertThat(comparison.difference()).isEqualTo(Money.of("3.50", "USD"));
        assertThat(comparison.received()).isEqualTo(Money.of("21.50", "USD"));
        assertThat(comparison.price()).isEqualTo(Money.of("25.00", "USD"));
    }

    @Test
    void moreThanThePriceIsOverByTheDifference() {
        var request = order("POST", "CHEQUE", "30", "USD", List.of(item("CHEQUE", "000125", "30.00", "USD")));
        assertThat(problems(request)).isEmpty();
        var comparison = PostPayment.comparison(request, PRODUCT);
        assertThat(comparison.outcome()).isEqualTo(PaymentComparison.Outcome.OVER);
        assertThat(comparison.difference()).isEqualTo(Money.of("5.00", "USD"));
    }

    @Test
    void aCurrencyWithoutAPriceIsAClearValidationError() {
        var request = order("POST", "CHEQUE", "25.00", "GBP", List.of(item("CHEQUE", "000126", "25.00", "GBP")));
        assertThat(problems(request)).containsExactly(
                "payment.currency: Product ESIM-30 has no price in GBP (prices: USD); an admin can add one, "
                        + "or ask the customer to pay in one of these");
    }

    @Test
    void noComparisonAcrossCurrencies() {
        assertThatThrownBy(() -> PaymentComparison.of(Money.of("25.00", "USD"), Money.of("25.00", "EUR")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no exchange rates");
    }

    @Test
    void oneCurrencyPerOrder() {
        var request = order("POST", "CHEQUE", "25.00", "USD",
                List.of(item("CHEQUE", "1", "20.00", "USD"), item("MONEY_ORDER", "2", "5.00", "EUR")));
        assertThat(problems(request)).containsExactly(
                "payment.items: All cheques and money orders of an order must be in one currency");
    }

    @Test
    void thePaymentIsTheItemsTotalInTheirCurrency() {
        var request = order("POST", "CHEQUE", "24.00", "EUR", List.of(item("CHEQUE", "1", "25.00", "USD")));
        assertThat(problems(request)).containsExactlyInAnyOrder(
                "payment.currency: The payment's currency must be that of the cheques and money orders (USD)",
                "payment.amount: The payment's amount must be the total of the cheques and money orders (25.00 USD)");
    }

    @Test
    void eachItemIsAChequeOrMoneyOrderWithANumberAndAnAmountInTheCurrencysMinorUnits() {
        var request = order("POST", "CARD", "25.00", "USD", List.of(
                item("CARD", " ", "25.001", "USD"),
                new OrderRequest.PaymentItemDetails("CHEQUE", "7", null, "USD"),
                item("CHEQUE", "8", "1", "XYZ")));
        assertThat(problems(request)).containsExactlyInAnyOrder(
                "payment.method: With cheques or money orders listed, the payment method is CHEQUE or MONEY_ORDER",
                "payment.items[0].kind: 'CARD' is not CHEQUE or MONEY_ORDER",
                "payment.items[0].number: Give the cheque's or money order's number, as printed on it",
                "payment.items[0].amount: USD amounts have at most 2 decimals",
                "payment.items[1].amount: The price must be a positive amount",
                "payment.items[2].currency: Currency 'XYZ' is not an ISO 4217 code such as USD, CNY or EUR");
    }

    @Test
    void yenHaveNoDecimals() {
        var yen = new Product("ESIM-JP", "eSIM Japan", ProductKind.ESIM_PROFILE, 30, "10 GB",
                Money.of("3000", "JPY"), 20, "490700", "Printed letter", null, 10);
        var request = order("POST", "CHEQUE", "2999.50", "JPY", List.of(item("CHEQUE", "1", "2999.50", "JPY")));
        assertThat(PostPayment.problems(request, Optional.of(yen))).extracting(FieldProblem::field)
                .containsExactly("payment.items[0].amount");
    }

    @Test
    void theListIsBounded() {
        var items = new ArrayList<>(Collections.nCopies(PostPayment.MAX_ITEMS + 1, item("CHEQUE", "1", "1.00", "USD")));
        var request = order("POST", "CHEQUE", "11.00", "USD", items);
        assertThat(problems(request)).containsExactly("payment.items: At most 10 cheques or money orders per order");
    }

    @Test
    void onlyPostOrdersListWhatArrived() {
        var request = order("WEB", "CHEQUE", "25.00", "USD", List.of(item("CHEQUE", "1", "25.00", "USD")));
        assertThat(problems(request)).containsExactly(
                "payment.items: Only post orders list the cheques and money orders that arrived");
    }

    @Test
    void withoutItemsNothingIsChecked() {
        var request = order("POST", "CHEQUE", "1.00", "GBP", null);
        assertThat(PostPayment.listsItems(request)).isFalse();
        assertThat(problems(request)).isEmpty();
        assertThat(PostPayment.listsItems(order("POST", "CHEQUE", "1.00", "GBP", List.of()))).isFalse();
    }

    @Test
    void theHoldReasonSaysWhatIsMissing() {
        var comparison = PaymentComparison.of(Money.of("25.00", "USD"), Money.of("21.50", "USD"));
        var reason = Message.of("order.hold.balanceDue", comparison.difference().toString(),
                comparison.received().toString(), comparison.price().toString());
        assertThat(reason.in(Locale.ENGLISH)).isEqualTo(
                "Paid short: 3.50 USD missing (paid 21.50 USD, price 25.00 USD); the customer is asked for the balance");
    }
}
