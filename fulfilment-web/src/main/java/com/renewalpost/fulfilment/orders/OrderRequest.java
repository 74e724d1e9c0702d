package com.renewalpost.fulfilment.orders;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * An order as it arrives, from the REST API, a CSV row or the order-entry form. Enumerations are
 * plain strings here so that a wrong value is reported with the other problems instead of
 * failing the whole request.
 */
public record OrderRequest(
        @NotBlank(message = "Enter the customer's name") @Size(max = 200) String customerName,
        @Size(max = 200) String customerNameLatin,
        @NotBlank(message = "Enter the customer's email address")
        @Email(message = "Enter an email address like name@example.com") @Size(max = 254) String email,
        @Size(max = 30) String phone,
        @Size(max = 35) String language,
        @NotNull(message = "Enter the delivery address") @Valid Address address,
        @NotBlank(message = "Choose a product (SKU)") String productSku,
        String iccid,
        String linePhone,
        LocalDate planExpiresOn,
        String postalService,
        @NotBlank(message = "Say how the order came in: POST, WEB or MARKETPLACE") String channel,
        @Size(max = 100) String externalReference,
        @NotNull(message = "Enter the payment") @Valid PaymentDetails payment,
        @Size(max = 2000) String notes) {

    public record Address(
            @Size(max = 200) String organisation,
            @NotEmpty(message = "Enter at least one street line") @Size(max = 3, message = "At most three street lines")
            List<@Size(max = 60, message = "Keep each street line within 60 characters") String> streetLines,
            @Size(max = 100) String dependentLocality,
            @Size(max = 100) String city,
            @Size(max = 100) String region,
            @Size(max = 20) String postcode,
            @NotBlank(message = "Choose the destination country") @Size(min = 2, max = 2,
                    message = "Use the two-letter country code, e.g. JP") String country) {
    }

    public record PaymentDetails(
            @NotBlank(message = "Say how the customer paid") String method,
            @Size(max = 100) String reference,
            @NotNull(message = "Enter the amount paid") @Positive(message = "The amount paid must be more than zero")
            BigDecimal amount,
            @NotBlank(message = "Enter the currency, e.g. USD") String currency) {
    }
}
