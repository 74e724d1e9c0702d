package com.renewalpost.fulfilment.orders;

import com.renewalpost.fulfilment.catalogue.Money;
import com.renewalpost.fulfilment.catalogue.Product;
import com.renewalpost.fulfilment.catalogue.ProductKind;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static com.renewalpost.fulfilment.orders.OrderStatus.*;

/** Orders for plain unit tests, brought to any status along a legal path. */
final class TestOrders {

    static final OffsetDateTime NOW = OffsetDateTime.of(2026, 11, 27, 9, 0, 0, 0, ZoneOffset.UTC);

    private static final Map<OrderStatus, List<OrderStatus>> PATHS = Map.of(
            RECEIVED, List.of(),
            QUEUED, List.of(QUEUED),
            ON_HOLD, List.of(ON_HOLD),
            CANCELLED, List.of(CANCELLED),
            PRINTED, List.of(QUEUED, PRINTED),
            PACKED, List.of(QUEUED, PRINTED, PACKED),
            POSTED, List.of(QUEUED, PRINTED, PACKED, POSTED),
            DELIVERED, List.of(QUEUED, PRINTED, PACKED, POSTED, DELIVERED),
            RETURNED, List.of(QUEUED, PRINTED, PACKED, POSTED, RETURNED),
            LOST, List.of(QUEUED, PRINTED, PACKED, POSTED, LOST));

    private TestOrders() {
    }

    static Order orderIn(OrderStatus status) {
        var product = new Product("VCH-30", "Top-up 30 days", ProductKind.VOUCHER, 30, "10 GB",
                Money.of("25.00", "USD"), 20, "490700", "Printed voucher", "\\d{16}", 10);
        var order = new Order(OrderNumber.next(), new Customer("王小明", "Wang Xiaoming", "w@example.com", null, "zh-Hans"),
                new DeliveryAddress(null, List.of("No. 18 Zhongguancun Street"), "Haidian", "Beijing", "Beijing",
                        "100080", "CN"),
                product, RenewedLine.iccid("8901260000000000008"), LocalDate.of(2027, 1, 1),
                PostalService.STANDARD_LETTER, Channel.POST, null, null,
                new Payment(PaymentMethod.CHEQUE, "123", Money.of("25.00", "USD")), null, NOW, "tester");
        for (var step : PATHS.get(status)) {
            if (step == POSTED) {
                order.post(NOW.toLocalDate(), 14, "tester", new com.renewalpost.fulfilment.platform.Verbatim("setting up"), NOW);
            } else {
                order.transition(step, "tester", "setting up", NOW);
            }
        }
        return order;
    }
}
