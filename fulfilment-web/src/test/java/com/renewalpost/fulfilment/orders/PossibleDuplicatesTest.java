package com.renewalpost.fulfilment.orders;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What makes an earlier order look like the one being keyed in (the order of TestOrders: Wang Xiaoming, 100080, VCH-30). */
class PossibleDuplicatesTest {

    private final Order earlier = TestOrders.orderIn(OrderStatus.POSTED);

    @Test
    void theSameEmail() {
        assertThat(PossibleDuplicates.reasons(earlier, "w@example.com", null, null, null, null))
                .containsExactly(PossibleDuplicates.Reason.SAME_EMAIL);
    }

    @Test
    void theSameLineToRenew() {
        assertThat(PossibleDuplicates.reasons(earlier, "other@example.com", "8901260000000000008", null, null, null))
                .containsExactly(PossibleDuplicates.Reason.SAME_LINE);
    }

    @Test
    void theSameNamePostcodeAndProductWithSpacesAndCaseAside() {
        assertThat(PossibleDuplicates.reasons(earlier, null, null, "wang xiaoming",
                PossibleDuplicates.compact(" 100 080 "), "VCH-30"))
                .containsExactly(PossibleDuplicates.Reason.SAME_NAME_POSTCODE_PRODUCT);
        assertThat(PossibleDuplicates.reasons(earlier, null, null, "wang xiaoming", "100080", "ESIM-30"))
                .as("another product for the same person is no repeat").isEmpty();
        assertThat(PossibleDuplicates.reasons(earlier, null, null, "wang xiaoming", "200120", "VCH-30"))
                .as("another address").isEmpty();
    }

    @Test
    void severalReasonsAreAllNamed() {
        assertThat(PossibleDuplicates.reasons(earlier, "w@example.com", "8901260000000000008", "wang xiaoming",
                "100080", "VCH-30")).containsExactly(PossibleDuplicates.Reason.SAME_EMAIL,
                PossibleDuplicates.Reason.SAME_LINE, PossibleDuplicates.Reason.SAME_NAME_POSTCODE_PRODUCT);
    }

    @Test
    void onlyOrdersStillUnderWayCount() {
        assertThat(PossibleDuplicates.UNDER_WAY).contains(OrderStatus.QUEUED, OrderStatus.ON_HOLD, OrderStatus.POSTED)
                .doesNotContain(OrderStatus.DELIVERED, OrderStatus.CANCELLED, OrderStatus.RETURNED, OrderStatus.LOST);
    }
}
