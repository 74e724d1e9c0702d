package com.renewalpost.labels.letter;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One activation letter.
 *
 * @param orderNumber     opaque order number, printed and encoded as Code 128, e.g. "RP-7K3M9Q2X"
 * @param language        BCP 47 tag of the customer's language: en, zh-Hans, zh-Hant, ja, es (see {@link LetterLanguage#of}); others fall back to English
 * @param customerName    the name for the salutation, in the customer's own script
 * @param productName     e.g. "US eSIM Unlimited", in the letter's language where the catalogue has it
 * @param planDescription e.g. "30 days, unlimited talk and text, 10 GB data"
 * @param code            the eSIM profile or voucher PIN
 * @param letterDate      date printed on the letter; null to leave it out
 * @param customerNameLatin the name in Latin letters (the address label's), greeted instead when no font draws the own
 *                        script; null when there is none
 * @param receipt         the order's date and payment, printed as the customer's record; null to print only the order number
 * @param renewalForm     the renewal order form printed as the letter's next page; null for none
 */
public record LetterContent(String orderNumber, String language, String customerName, String productName,
        String planDescription, LetterCode code, LocalDate letterDate, String customerNameLatin, Receipt receipt,
        RenewalFormContent renewalForm) {

    /** Longest customer name printed in full (the Latin label name has the same limit). */
    public static final int MAX_NAME_LENGTH = 80;

    public LetterContent {
        Objects.requireNonNull(code, "code");
        if (orderNumber == null || orderNumber.isBlank()) {
            throw new IllegalArgumentException("Order number is required");
        }
        if (customerName == null || customerName.isBlank()) {
            throw new IllegalArgumentException("Customer name is required for the salutation");
        }
        if (customerName.strip().length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException("Customer name has more than " + MAX_NAME_LENGTH + " characters: " + customerName);
        }
        if (productName == null || productName.isBlank()) {
            throw new IllegalArgumentException("Product name is required");
        }
        orderNumber = orderNumber.strip();
        customerName = customerName.strip();
        planDescription = planDescription == null ? "" : planDescription.strip();
        customerNameLatin = customerNameLatin == null || customerNameLatin.isBlank() ? null : customerNameLatin.strip();
    }

    /** A letter without a renewal form. */
    public LetterContent(String orderNumber, String language, String customerName, String productName, String planDescription,
            LetterCode code, LocalDate letterDate, String customerNameLatin, Receipt receipt) {
        this(orderNumber, language, customerName, productName, planDescription, code, letterDate, customerNameLatin, receipt,
                null);
    }

    /** A letter without the order's date and payment. */
    public LetterContent(String orderNumber, String language, String customerName, String productName, String planDescription,
            LetterCode code, LocalDate letterDate, String customerNameLatin) {
        this(orderNumber, language, customerName, productName, planDescription, code, letterDate, customerNameLatin, null);
    }

    /** A letter without a Latin name to fall back on. */
    public LetterContent(String orderNumber, String language, String customerName, String productName, String planDescription,
            LetterCode code, LocalDate letterDate) {
        this(orderNumber, language, customerName, productName, planDescription, code, letterDate, null, null);
    }

    /** The same letter with this renewal form as its next page. */
    public LetterContent withRenewalForm(RenewalFormContent form) {
        return new LetterContent(orderNumber, language, customerName, productName, planDescription, code, letterDate,
                customerNameLatin, receipt, form);
    }

    public LetterLanguage letterLanguage() {
        return LetterLanguage.of(language);
    }
}
