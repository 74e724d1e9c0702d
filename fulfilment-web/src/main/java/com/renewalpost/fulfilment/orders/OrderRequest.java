package com.renewalpost.fulfilment.orders;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * An order as it arrives, from the REST API, a CSV row or the order-entry form. Enumerations are
 * plain strings here so that a wrong value is reported with the other problems instead of
 * failing the whole request. Its Bean Validation constraints are declared in
 * {@code META-INF/validation/order-request.xml} rather than as annotations, because Payara's
 * OpenAPI scanner fails on constraint annotations of record components.
 */
public record OrderRequest(
        String customerName,
        String customerNameLatin,
        String email,
        String phone,
        String language,
        Address address,
        String productSku,
        String iccid,
        String linePhone,
        LocalDate planExpiresOn,
        String postalService,
        String channel,
        String externalReference,
        PaymentDetails payment,
        String notes) {

    public record Address(
            String organisation,
            List<String> streetLines,
            String dependentLocality,
            String city,
            String region,
            String postcode,
            String country) {
    }

    /**
     * How the customer paid. For a post order, {@code items} lists the cheques and money orders that
     * arrived (at most {@value PostPayment#MAX_ITEMS}, one currency): their total is checked against the
     * product's price in that currency (see {@link PostPayment}); {@code amount} is then that total.
     */
    public record PaymentDetails(
            String method,
            String reference,
            BigDecimal amount,
            String currency,
            List<PaymentItemDetails> items) {
        // no second constructor: JSON-B binds a record only through its one constructor
    }

    /** One cheque or money order as it arrived: kind (CHEQUE or MONEY_ORDER), its number, amount, currency. */
    public record PaymentItemDetails(
            String kind,
            String number,
            BigDecimal amount,
            String currency) {
    }
}
