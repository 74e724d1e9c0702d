package com.renewalpost.mail;

import java.net.URI;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Time to order the next renewal of a line: its last four characters (never the whole line), when the plan next
 * expires, the latest day to order, how to order, and a link to stop these reminders. Deliberately has no code
 * component.
 *
 * @param order            the line's latest order (its number, product and customer)
 * @param lineLastFour     the last four digits of the ICCID or phone number
 * @param lastCall         false for the first reminder, true for the one on the latest day itself
 * @param orderOnline      where to order online, or null when the business takes orders by post only
 * @param unsubscribe      the page that stops the reminders of this line (also the List-Unsubscribe target)
 */
public record RenewalReminder(OrderDetails order, String lineLastFour, LocalDate nextExpiry,
                              LocalDate latestDayToOrder, boolean lastCall, URI orderOnline, URI unsubscribe)
        implements CustomerEmail {

    private static final Pattern LAST_FOUR = Pattern.compile("[0-9]{4}");

    public RenewalReminder {
        Objects.requireNonNull(order, "order");
        if (lineLastFour == null || !LAST_FOUR.matcher(lineLastFour).matches()) {
            throw new IllegalArgumentException("line's last four must be four digits");
        }
        Objects.requireNonNull(nextExpiry, "nextExpiry");
        Objects.requireNonNull(latestDayToOrder, "latestDayToOrder");
        requireWebLink(orderOnline, "order-online link", true);
        requireWebLink(unsubscribe, "unsubscribe link", false);
    }

    @Override
    public EmailKind kind() {
        return EmailKind.RENEWAL_REMINDER;
    }

    /** The last four digits of a line (ICCID or E.164 number). */
    public static String lastFourOf(String line) {
        var digits = line == null ? "" : line.replaceAll("[^0-9]", "");
        if (digits.length() < 4) {
            throw new IllegalArgumentException("a line has at least four digits");
        }
        return digits.substring(digits.length() - 4);
    }

    /** A javascript: or data: link would be live markup in the href even when escaped. */
    private static void requireWebLink(URI link, String what, boolean optional) {
        if (link == null) {
            if (optional) {
                return;
            }
            throw new NullPointerException(what);
        }
        String scheme = link.getScheme() == null ? "" : link.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("https") || scheme.equals("http")) || link.getHost() == null) {
            throw new IllegalArgumentException(what + " must be an absolute http or https URL");
        }
    }
}
