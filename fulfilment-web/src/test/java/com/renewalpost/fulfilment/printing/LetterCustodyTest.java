package com.renewalpost.fulfilment.printing;

import com.renewalpost.fulfilment.orders.OrderStatus;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** When letters are a packing tool, and how a download of many letters fits the audit log. */
class LetterCustodyTest {

    private static final OffsetDateTime PRINTED_AT = OffsetDateTime.of(2026, 3, 5, 8, 0, 0, 0, ZoneOffset.UTC);
    private static final Duration WINDOW = Duration.ofHours(48);

    @Test
    void lettersArePackedWhileOneIsStillPrintedWithinTheWindow() {
        var someLeft = List.of(OrderStatus.PACKED, OrderStatus.PRINTED);
        assertThat(LetterCustody.isBeingPacked(PRINTED_AT, someLeft, WINDOW, PRINTED_AT.plusHours(3))).isTrue();
        assertThat(LetterCustody.isBeingPacked(PRINTED_AT, someLeft, WINDOW, PRINTED_AT.plusHours(48))).isFalse();
        assertThat(LetterCustody.isBeingPacked(PRINTED_AT, List.of(OrderStatus.PACKED, OrderStatus.POSTED), WINDOW,
                PRINTED_AT.plusHours(1))).isFalse();
        assertThat(LetterCustody.isBeingPacked(PRINTED_AT, List.of(OrderStatus.CANCELLED), WINDOW,
                PRINTED_AT.plusHours(1))).isFalse();
    }

    @Test
    void aRunOfTwoThousandLettersIsAuditedInFullOverRowsThatFitTheColumn() {
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            numbers.add(String.format("RP-%09d", i));
        }
        var reason = "r".repeat(LetterCustody.MAX_REASON);
        var rows = LetterCustody.auditDetails(reason, numbers).stream().map(Object::toString).toList();
        assertThat(rows).allSatisfy(r -> assertThat(r.length()).isLessThanOrEqualTo(LetterCustody.AUDIT_DETAIL))
                .allSatisfy(r -> assertThat(r).startsWith("reason: " + reason));
        List<String> listed = new ArrayList<>();
        rows.forEach(r -> listed.addAll(List.of(r.substring(r.indexOf(": ", r.indexOf("letters ")) + 2).split(", "))));
        assertThat(listed).isEqualTo(numbers);
        assertThat(rows.get(0)).contains("letters 1-");
        assertThat(rows.get(rows.size() - 1)).contains("-2000 of 2000: ");

        assertThat(LetterCustody.auditDetails(null, List.of("RP-1", "RP-2"))).extracting(Object::toString)
                .containsExactly("letters 1-2 of 2: RP-1, RP-2");
    }
}
