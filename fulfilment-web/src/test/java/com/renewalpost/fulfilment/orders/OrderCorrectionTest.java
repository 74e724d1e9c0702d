package com.renewalpost.fulfilment.orders;

import com.renewalpost.fulfilment.catalogue.Money;
import com.renewalpost.fulfilment.catalogue.Product;
import com.renewalpost.fulfilment.catalogue.ProductKind;
import com.renewalpost.fulfilment.platform.Verbatim;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Support changes the address or the product only before printing, and says so on the timeline. */
class OrderCorrectionTest {

    private static final DeliveryAddress ELSEWHERE = new DeliveryAddress(null, List.of("1 Chome-1-2 Oshiage"), null,
            "Sumida City", "Tokyo", "131-0045", "JP");
    private static final Product OTHER = new Product("ESIM-90", "eSIM 90 days", ProductKind.ESIM_PROFILE, 90, "30 GB",
            Money.of("45.00", "USD"), 5, "852349", "eSIM profile", null, 10);

    @ParameterizedTest
    @EnumSource(value = OrderStatus.class, names = {"RECEIVED", "QUEUED", "ON_HOLD"})
    void beforePrintingTheAddressAndTheProductChangeOnTheTimeline(OrderStatus status) {
        var order = TestOrders.orderIn(status);
        int entries = order.timeline().size();
        order.changeAddress(ELSEWHERE, "sue", new Verbatim("moved to Tokyo"), TestOrders.NOW);
        order.changeProduct(OTHER, "sue", new Verbatim("wanted the eSIM"), TestOrders.NOW);
        assertThat(order.address().city()).isEqualTo("Sumida City");
        assertThat(order.product().sku()).isEqualTo("ESIM-90");
        assertThat(order.status()).isEqualTo(status);
        assertThat(order.timeline()).hasSize(entries + 2);
        var last = order.timeline().get(order.timeline().size() - 1);
        assertThat(last.kind()).isEqualTo(TimelineEntry.Kind.CHANGE);
        assertThat(last.actor()).isEqualTo("sue");
    }

    @ParameterizedTest
    @EnumSource(value = OrderStatus.class, names = {"PRINTED", "PACKED", "POSTED", "DELIVERED", "RETURNED", "LOST",
            "CANCELLED"})
    void onceTheLetterIsPrintedNeitherChanges(OrderStatus status) {
        var order = TestOrders.orderIn(status);
        var city = order.address().city();
        var sku = order.product().sku();
        assertThatThrownBy(() -> order.changeAddress(ELSEWHERE, "sue", new Verbatim("too late"), TestOrders.NOW))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> order.changeProduct(OTHER, "sue", new Verbatim("too late"), TestOrders.NOW))
                .isInstanceOf(IllegalStateException.class);
        assertThat(order.address().city()).isEqualTo(city);
        assertThat(order.product().sku()).isEqualTo(sku);
    }

    @Test
    void onlyOrdersNotYetPrintedCountAsBeforePrinting() {
        assertThat(java.util.Arrays.stream(OrderStatus.values()).filter(OrderStatus::isBeforePrinting))
                .containsExactlyInAnyOrder(OrderStatus.RECEIVED, OrderStatus.QUEUED, OrderStatus.ON_HOLD);
    }

    @Test
    void aFasterServiceChangesTheLetterButTheCustomersRenewalsKeepTheServiceTheyOrdered() {
        var order = TestOrders.orderIn(OrderStatus.QUEUED);
        int entries = order.timeline().size();
        assertThat(order.orderedPostalService()).isEqualTo(PostalService.STANDARD_LETTER);

        order.changePostalService(PostalService.TRACKED_LETTER, "wes", new Verbatim("too late by letter post"),
                TestOrders.NOW);
        order.changePostalService(PostalService.REGISTERED_LETTER, "wes", new Verbatim("tracked too late now"),
                TestOrders.NOW);

        assertThat(order.postalService()).isEqualTo(PostalService.REGISTERED_LETTER);
        assertThat(order.orderedPostalService()).isEqualTo(PostalService.STANDARD_LETTER);
        assertThat(order.timeline()).hasSize(entries + 2);
        var last = order.timeline().get(order.timeline().size() - 1);
        assertThat(last.kind()).isEqualTo(TimelineEntry.Kind.CHANGE);
        assertThat(last.actor()).isEqualTo("wes");
        assertThat(last.occurredAt()).isEqualTo(TestOrders.NOW);
    }

    @Test
    void aPrintedLetterKeepsItsService() {
        var order = TestOrders.orderIn(OrderStatus.PRINTED);
        assertThatThrownBy(() -> order.changePostalService(PostalService.TRACKED_LETTER, "wes",
                new Verbatim("too late"), TestOrders.NOW)).isInstanceOf(IllegalStateException.class);
        assertThat(order.postalService()).isEqualTo(PostalService.STANDARD_LETTER);
    }
}
