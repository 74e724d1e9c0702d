package com.renewalpost.fulfilment.packing;

import com.renewalpost.fulfilment.orders.OrderNumber;
import com.renewalpost.fulfilment.orders.TrackingNumber;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** What a scanner read, and whether a label belongs with a letter. */
class ScanTest {

    private static final OrderNumber A = OrderNumber.next();
    private static final OrderNumber B = other(A);
    private static final TrackingNumber TA = TrackingNumber.of("LA", 10000001, "US");
    private static final TrackingNumber TB = TrackingNumber.of("LA", 10000002, "US");
    private static final Map<TrackingNumber, OrderNumber> HOLDERS = Map.of(TA, A, TB, B);

    private static OrderNumber other(OrderNumber not) {
        var n = OrderNumber.next();
        return n.equals(not) ? other(not) : n;
    }

    private static Scan.Verdict check(OrderNumber letter, String label) {
        return Scan.check(letter, Scan.of(label), t -> Optional.ofNullable(HOLDERS.get(t)));
    }

    /** The order number with one body symbol changed: its check symbol no longer matches. */
    private static String misread(OrderNumber number) {
        var chars = number.value().toCharArray();
        chars[5] = chars[5] == '7' ? '8' : '7';
        return new String(chars);
    }

    @Test
    void scansAreClassified() {
        assertThat(Scan.of(A.value())).isInstanceOfSatisfying(Scan.OfOrder.class,
                s -> assertThat(s.number()).isEqualTo(A));
        assertThat(Scan.of(A.value().toLowerCase().replace("-", ""))).isInstanceOf(Scan.OfOrder.class);
        assertThat(Scan.of(TA.value())).isInstanceOfSatisfying(Scan.OfTracking.class,
                s -> assertThat(s.number()).isEqualTo(TA));
        assertThat(Scan.of(misread(A))).isInstanceOfSatisfying(Scan.Misread.class,
                s -> assertThat(s.reason().toString()).contains("check character"));
        var badDigit = TA.value().substring(0, 10) + ((TA.value().charAt(10) - '0' + 1) % 10) + "US";
        assertThat(Scan.of(badDigit)).isInstanceOfSatisfying(Scan.Misread.class,
                s -> assertThat(s.reason().toString()).contains("check digit"));
        assertThat(Scan.of("hello")).isInstanceOf(Scan.Unrecognised.class);
        assertThat(Scan.of(null)).isInstanceOf(Scan.Unrecognised.class);
    }

    @Test
    void theLabelMatchesByOrderNumberOrByItsTrackingNumber() {
        assertThat(check(A, A.value())).isInstanceOf(Scan.Match.class);
        assertThat(check(A, TA.value())).isInstanceOf(Scan.Match.class);
    }

    @Test
    void anotherOrdersLabelIsAMismatchNamingThatOrder() {
        assertThat(check(A, B.value())).isInstanceOfSatisfying(Scan.Mismatch.class, m -> {
            assertThat(m.labelOrder()).isEqualTo(B);
            assertThat(m.reason().toString()).contains(A.value(), B.value());
        });
        assertThat(check(A, TB.value())).isInstanceOfSatisfying(Scan.Mismatch.class,
                m -> assertThat(m.labelOrder()).isEqualTo(B));
    }

    @Test
    void aTrackingNumberNobodyHoldsIsAMismatch() {
        var stray = TrackingNumber.of("LA", 10000009, "US");
        assertThat(check(A, stray.value())).isInstanceOfSatisfying(Scan.Mismatch.class,
                m -> assertThat(m.labelOrder()).isNull());
    }

    @Test
    void aMisreadLabelIsNeitherMatchNorMismatch() {
        assertThat(check(A, misread(A))).isInstanceOf(Scan.Unreadable.class);
        assertThat(check(A, "12345")).isInstanceOf(Scan.Unreadable.class);
    }
}
