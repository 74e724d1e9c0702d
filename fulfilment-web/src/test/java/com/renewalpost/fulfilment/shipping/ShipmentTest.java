package com.renewalpost.fulfilment.shipping;

import com.renewalpost.fulfilment.orders.TrackingNumber;
import com.renewalpost.fulfilment.catalogue.Money;
import com.renewalpost.fulfilment.catalogue.Product;
import com.renewalpost.fulfilment.catalogue.ProductKind;
import com.renewalpost.fulfilment.orders.Channel;
import com.renewalpost.fulfilment.orders.Customer;
import com.renewalpost.fulfilment.orders.DeliveryAddress;
import com.renewalpost.fulfilment.orders.Order;
import com.renewalpost.fulfilment.orders.OrderNumber;
import com.renewalpost.fulfilment.orders.Payment;
import com.renewalpost.fulfilment.orders.PaymentMethod;
import com.renewalpost.fulfilment.orders.RenewedLine;
import com.renewalpost.fulfilment.orders.PostalService;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A letter's shipment: when it still waits for the post office's tracking label. */
class ShipmentTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 12, 3, 9, 0, 0, 0, ZoneOffset.UTC);

    private static Shipment shipmentBy(PostalService service) {
        var product = new Product("VCH-30", "Top-up 30 days", ProductKind.VOUCHER, 30, "10 GB",
                Money.of("25.00", "USD"), 20, "490700", "Printed voucher", "\\d{16}", 10);
        var order = new Order(OrderNumber.next(), new Customer("何家明", "Ho Ka Ming", "ho@example.com", null, "zh-Hant"),
                new DeliveryAddress(null, List.of("Flat 8C, 101 King's Road"), null, "North Point",
                        "Hong Kong Island", null, "HK"),
                product, RenewedLine.iccid("8901260000000000008"), LocalDate.of(2027, 1, 1), service, Channel.POST,
                null, null, new Payment(PaymentMethod.CHEQUE, "123", Money.of("25.00", "USD")), null, NOW, "tester");
        return new Shipment(order, 1L, NOW);
    }

    @Test
    void aTrackedLetterWithoutANumberAwaitsThePostOfficesLabelUntilOneIsAttached() {
        var tracked = shipmentBy(PostalService.TRACKED_LETTER);
        assertThat(tracked.awaitsTrackingLabel()).isTrue();
        tracked.attach(TrackingNumber.of("LA", 10_000_001, "US"), TrackingSource.PRE_PRINTED);
        assertThat(tracked.awaitsTrackingLabel()).isFalse();

        var registered = shipmentBy(PostalService.REGISTERED_LETTER);
        assertThat(registered.awaitsTrackingLabel()).isTrue();
    }

    @Test
    void anUntrackedLetterNeverWaitsForALabel() {
        assertThat(shipmentBy(PostalService.STANDARD_LETTER).awaitsTrackingLabel()).isFalse();
    }
}
