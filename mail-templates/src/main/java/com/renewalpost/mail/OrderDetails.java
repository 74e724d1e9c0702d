package com.renewalpost.mail;

import java.util.Objects;

/**
 * What every customer email says about the order and its customer.
 *
 * @param customerName the customer's name in their own script, for the salutation (shown escaped, never as markup)
 * @param language     the email's language; see {@link Language#fromTag(String)}
 * @param orderNumber  shown to the customer and used in the subject
 * @param productName  e.g. "US eSIM 30 days"
 * @param support      where the customer can ask questions
 * @param sender       the business that sends the email
 * @param lineEnding   the last four digits of the line the order renews, quoted beside the order number so that the
 *                     customer can tell our emails from phishing (the letter says so); null when unknown
 */
public record OrderDetails(String customerName, Language language, String orderNumber, String productName,
                           SupportContact support, Sender sender, String lineEnding) {

    private static final java.util.regex.Pattern LINE_ENDING = java.util.regex.Pattern.compile("[0-9]{4}");

    public OrderDetails {
        SingleLine.require(customerName, "customer name");
        Objects.requireNonNull(language, "language");
        SingleLine.require(orderNumber, "order number");
        SingleLine.require(productName, "product name");
        Objects.requireNonNull(support, "support");
        Objects.requireNonNull(sender, "sender");
        if (lineEnding != null && !LINE_ENDING.matcher(lineEnding).matches()) {
            throw new IllegalArgumentException("line ending must be four digits");
        }
    }

    /** Without the line's last digits. */
    public OrderDetails(String customerName, Language language, String orderNumber, String productName,
                        SupportContact support, Sender sender) {
        this(customerName, language, orderNumber, productName, support, sender, null);
    }
}
