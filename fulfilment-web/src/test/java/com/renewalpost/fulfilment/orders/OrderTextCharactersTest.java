package com.renewalpost.fulfilment.orders;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Control and formatting characters are refused in every text of an order, on all ways in. */
class OrderTextCharactersTest {

    private static OrderRequest order(String name, String street, String notes) {
        return new OrderRequest(name, null, "a@example.com", null, "en",
                new OrderRequest.Address(null, List.of(street), null, "Sydney", "NSW", "2000", "AU"),
                "ESIM-30", "8901260000000000008", null, null, null, "POST", null,
                new OrderRequest.PaymentDetails("CHEQUE", "123", new BigDecimal("25.00"), "USD", null), notes);
    }

    private static List<FieldProblem> problems(OrderRequest request) {
        List<FieldProblem> problems = new ArrayList<>();
        OrderValidation.invisibleCharacterProblems(request, problems);
        return problems;
    }

    @Test
    void aLineBreakInTheNameIsRefusedWithAMessageForThatField() {
        var found = problems(order("Jane Doe\r\nEVIL LINE", "1 George St", null));
        assertThat(found).extracting(FieldProblem::field).containsExactly("customerName");
        assertThat(found.get(0).message().toString()).contains("U+000D");
    }

    @Test
    void nulEscapeAndBidiOverridesAreRefusedInAnyField() {
        assertThat(problems(order("Jane\u0000", "1 George St", null))).extracting(FieldProblem::field)
                .containsExactly("customerName");
        assertThat(problems(order("Jane", "1 George\u001b[2J St", null))).extracting(FieldProblem::field)
                .containsExactly("address.streetLines[0]");
        assertThat(problems(order("Jane \u202Eeod", "1 George St", null))).extracting(FieldProblem::field)
                .containsExactly("customerName");
        assertThat(problems(order("Jane", "1 George St\u2028", null))).extracting(FieldProblem::field)
                .containsExactly("address.streetLines[0]");
        assertThat(problems(order("Jane\uFEFF", "1 George St", null))).isNotEmpty();
    }

    @Test
    void scriptsKeepTheirJoinersAndNotesTheirLineBreaks() {
        assertThat(problems(order("\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645", "1 George St",
                "first line\nsecond line\tend"))).isEmpty();
        assertThat(problems(order("\u0915\u094d\u200d\u0937", "1 George St", null))).isEmpty();
        assertThat(problems(order("Jane", "1 George St", "note \u202E"))).extracting(FieldProblem::field)
                .containsExactly("notes");
    }
}
