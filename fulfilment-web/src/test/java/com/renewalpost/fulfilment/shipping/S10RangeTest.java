package com.renewalpost.fulfilment.shipping;

import com.renewalpost.fulfilment.orders.TrackingNumber;
import com.renewalpost.fulfilment.orders.PostalService;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Range configuration, allocation in order, numbers still held, and exhaustion. */
class S10RangeTest {

    @Test
    void rangesAreReadFromConfiguration() {
        var ranges = S10Range.parseAll(" LA 10000000-10000009 US, ra 20000000 - 20000099 gb ,");
        assertThat(ranges).containsExactly(new S10Range("LA", 10000000, 10000009, "US"),
                new S10Range("RA", 20000000, 20000099, "GB"));
        assertThat(ranges.get(0).size()).isEqualTo(10);
        assertThat(ranges.get(0).serves(PostalService.TRACKED_LETTER)).isTrue();
        assertThat(ranges.get(0).serves(PostalService.REGISTERED_LETTER)).isFalse();
        assertThat(ranges.get(1).serves(PostalService.REGISTERED_LETTER)).isTrue();
        assertThat(ranges.get(0).serves(PostalService.STANDARD_LETTER)).isFalse();
        assertThat(S10Range.parseAll(" ")).isEmpty();
    }

    @Test
    void wrongConfigurationIsRefused() {
        assertThatThrownBy(() -> S10Range.parse("LA 1000-2000 US")).hasMessageContaining("LA 10000000-10999999 US");
        assertThatThrownBy(() -> S10Range.parse("LA 20000000-10000000 US")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> S10Range.parseAll("LA 10000000-10000009 US, LA 10000005-10000020 US"))
                .hasMessageContaining("overlap");
        // the same serials with another service indicator are other numbers
        assertThat(S10Range.parseAll("LA 10000000-10000009 US, LB 10000000-10000009 US")).hasSize(2);
    }

    @Test
    void numbersAreTakenInOrderWithTheirCheckDigits() {
        var range = new S10Range("LA", 47312480, 47312489, "US");
        var taken = RangePosition.take(List.of(new RangePosition(range, 47312482)), n -> true).orElseThrow();
        assertThat(taken.number().value()).isEqualTo("LA473124829US");
        assertThat(taken.index()).isZero();
        assertThat(taken.after().nextSerial()).isEqualTo(47312483);
        assertThat(taken.after().remaining()).isEqualTo(7);
    }

    @Test
    void aRangeIsUsedUpThenTheNextOneServesAndThenThereIsNone() {
        var first = new S10Range("LA", 10000000, 10000002, "US");
        var second = new S10Range("LB", 50000000, 50000001, "US");
        var positions = new java.util.ArrayList<>(List.of(new RangePosition(first, first.firstSerial()),
                new RangePosition(second, second.firstSerial())));
        Set<String> issued = new HashSet<>();
        for (int i = 0; i < 5; i++) {
            var taken = RangePosition.take(positions, n -> true).orElseThrow();
            assertThat(issued.add(taken.number().value())).as("never twice").isTrue();
            positions.set(taken.index(), taken.after());
        }
        assertThat(issued).hasSize(5).allMatch(TrackingNumber::isValid);
        assertThat(issued).filteredOn(n -> n.startsWith("LB")).hasSize(2);
        assertThat(RangePosition.remaining(positions)).isZero();
        assertThat(RangePosition.take(positions, n -> true)).isEmpty();
    }

    @Test
    void numbersStillHeldArePassedOver() {
        var range = new S10Range("RA", 10000000, 10000004, "US");
        var held = Set.of(range.numberAt(10000000).value(), range.numberAt(10000001).value());
        var taken = RangePosition.take(List.of(new RangePosition(range, 10000000)),
                n -> !held.contains(n.value())).orElseThrow();
        assertThat(taken.number()).isEqualTo(range.numberAt(10000002));
        assertThat(taken.after().nextSerial()).isEqualTo(10000003);

        // every number of the range still held: nothing to give
        assertThat(RangePosition.take(List.of(new RangePosition(range, 10000000)), n -> false)).isEmpty();
    }

    @Test
    void aPositionOutsideItsRangeIsRefused() {
        var range = new S10Range("LA", 10, 20, "US");
        assertThat(new RangePosition(range, 21).remaining()).isZero();
        assertThatThrownBy(() -> new RangePosition(range, 22)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> range.numberAt(21)).isInstanceOf(IllegalArgumentException.class);
    }
}
