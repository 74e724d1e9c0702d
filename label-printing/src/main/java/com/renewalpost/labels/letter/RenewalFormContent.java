package com.renewalpost.labels.letter;

import com.renewalpost.labels.address.PostalAddress;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One renewal order form: filled in from the customer's last order (the second page of their letter), or blank for a new
 * customer (a public download). A blank form has no reference, customer, line or dates, and lists every product's prices.
 *
 * @param language   BCP 47 tag of the form's language (see {@link LetterLanguage#of})
 * @param reference  the renewal reference printed and encoded as Code 128: random, no personal data; null on a blank form
 * @param customer   the name and address as we have them; null on a blank form
 * @param email      the customer's email address; null when there is none (and on a blank form)
 * @param line       the renewed line as printed (ICCID or US number); null on a blank form
 * @param planExpiry the date the line's plan next expires; null when unknown (and on a blank form)
 * @param prices     what the customer may order, at what price: the renewed product's prices on a filled-in form, every
 *                   product's on a blank one
 * @param payee      whom cheques and money orders are made out to
 * @param latestDayToPost the last day to post the form and still hold the card a week before expiry; null on a blank form
 *                        and when the plan's expiry is unknown (the form then gives the blank form's advice)
 * @param postWeeksAhead  how many weeks before expiry a new customer should post their order (the blank form's advice)
 */
public record RenewalFormContent(String language, String reference, PostalAddress customer, String email, String line,
        LocalDate planExpiry, List<Price> prices, String payee, LocalDate latestDayToPost, int postWeeksAhead) {

    /** References are letters and digits only, so that any scanner reads them back exactly. */
    private static final Pattern REFERENCE = Pattern.compile("[A-Z0-9-]{8,32}");

    /** One product at one price: {@code amount} in {@code currency} (ISO 4217). */
    public record Price(String product, String currency, BigDecimal amount) {
        public Price {
            if (product == null || product.isBlank()) {
                throw new IllegalArgumentException("A price needs its product's name");
            }
            if (currency == null || !currency.matches("[A-Z]{3}")) {
                throw new IllegalArgumentException("A price's currency is an ISO 4217 code: " + currency);
            }
            if (amount == null || amount.signum() <= 0) {
                throw new IllegalArgumentException("A price is more than nothing: " + amount);
            }
        }
    }

    public RenewalFormContent {
        prices = List.copyOf(Objects.requireNonNull(prices, "prices"));
        if (payee == null || payee.isBlank()) {
            throw new IllegalArgumentException("The payee is required: the form says whom to pay");
        }
        if (reference != null && !REFERENCE.matcher(reference).matches()) {
            throw new IllegalArgumentException("A renewal reference is 8 to 32 capital letters, digits or '-'");
        }
        boolean blank = reference == null;
        if (!blank && (customer == null || line == null || line.isBlank())) {
            throw new IllegalArgumentException("A filled-in form needs the customer and the line");
        }
        if (latestDayToPost != null && planExpiry == null) {
            throw new IllegalArgumentException("A latest day to post comes from the plan's expiry");
        }
        if (blank && (customer != null || line != null || email != null)) {
            throw new IllegalArgumentException("A blank form carries no customer's details");
        }
        if (postWeeksAhead < 1) {
            throw new IllegalArgumentException("Customers are told to post at least a week ahead");
        }
    }

    /** A blank order form for new customers. */
    public static RenewalFormContent blank(String language, List<Price> prices, String payee, int postWeeksAhead) {
        return new RenewalFormContent(language, null, null, null, null, null, prices, payee, null, postWeeksAhead);
    }

    public boolean isBlank() {
        return reference == null;
    }

    public LetterLanguage letterLanguage() {
        return LetterLanguage.of(language);
    }
}
