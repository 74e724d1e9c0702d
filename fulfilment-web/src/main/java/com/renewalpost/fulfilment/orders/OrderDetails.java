package com.renewalpost.fulfilment.orders;

import com.renewalpost.labels.address.AddressFormats;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.Locale;

/**
 * One order as staff read it (REST and the order page alike): every field, the address as the
 * label prints it, the code masked, and the timeline in time order.
 */
@ApplicationScoped
public class OrderDetails {

    @Inject
    Orders orders;
    @Inject
    HeldCodes codes;

    @Transactional
    public OrderView view(OrderNumber number, Locale locale) {
        var order = orders.byNumber(number).orElseThrow(() -> UnknownOrderException.of(number));
        var labelLines = AddressFormats.standard().forCountry(order.address().countryCode())
                .labelLines(order.address().toPostalAddress(order.customer().nameLatin()));
        return OrderView.of(order, codes.plainCodeOf(order).map(OrderView::mask).orElse(null), labelLines, locale);
    }
}
