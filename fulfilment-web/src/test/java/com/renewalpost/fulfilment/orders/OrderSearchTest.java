package com.renewalpost.fulfilment.orders;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** How loosely typed order numbers are read by the search. */
class OrderSearchTest {

    @Test
    void aNumberIsFoundWhateverCaseSpacesOrDashAndWithLettersForTheDigitsTheAlphabetLeavesOut() {
        var number = OrderNumber.next();
        var body = number.value().substring(3);
        assertThat(OrderSearch.looseNumber(number.value().toLowerCase())).contains(number);
        assertThat(OrderSearch.looseNumber("rp " + body.substring(0, 4) + " " + body.substring(4))).contains(number);
        assertThat(OrderSearch.looseNumber("RP" + body)).contains(number);

        var withZeroAndOne = new OrderNumber(withCheck("10A01BCD"));
        assertThat(OrderSearch.looseNumber(withZeroAndOne.value().replace('0', 'O').replace('1', 'l')))
                .contains(withZeroAndOne);
        assertThat(OrderSearch.looseNumber(withZeroAndOne.value().replace('1', 'I'))).contains(withZeroAndOne);
    }

    @Test
    void aWrongCheckSymbolIsNotSomebodyElsesOrder() {
        var number = OrderNumber.next().value();
        var last = number.charAt(number.length() - 1);
        var wrong = number.substring(0, number.length() - 1) + (last == 'A' ? 'B' : 'A');
        assertThat(OrderSearch.looseNumber(wrong)).isEmpty();
    }

    @Test
    void theStartOfANumberIsAPrefixWhenItCouldBeOne() {
        assertThat(OrderSearch.numberPrefix("rp-7k3m")).contains("RP-7K3M");
        assertThat(OrderSearch.numberPrefix("RP 7K3M")).contains("RP-7K3M");
        assertThat(OrderSearch.numberPrefix("7k3m")).contains("RP-7K3M");
        assertThat(OrderSearch.numberPrefix("王小明")).isEmpty();
        assertThat(OrderSearch.numberPrefix("someone@example.com")).isEmpty();
        assertThat(OrderSearch.numberPrefix("rp")).isEmpty();
    }

    private static String withCheck(String body) {
        return OrderNumber.PREFIX + body + OrderNumber.checkSymbol(body);
    }
}
