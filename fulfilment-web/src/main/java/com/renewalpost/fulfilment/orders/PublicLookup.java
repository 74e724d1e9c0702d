package com.renewalpost.fulfilment.orders;

import com.renewalpost.fulfilment.platform.RateLimits;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Duration;
import java.util.function.Function;

/**
 * The customers' lookup of their order on the public pages (status and tracking): the order
 * number and its second factor ({@link LookupFactor}: the postcode, or the line's last four
 * digits), compared in constant time. Each lookup takes one from the client address's limit
 * first; an unknown number, a malformed one and a wrong postcode all get the same answer, so
 * numbers cannot be tried one after another to learn about other people's orders.
 */
@ApplicationScoped
@Transactional
public class PublicLookup {

    /** What a lookup found: the order's view, nothing that matches, or a wait before the next lookup. */
    public sealed interface Answer<T> permits Found, NoMatch, TooOften {
    }

    public record Found<T>(T view) implements Answer<T> {
    }

    /** The same answer whether the number is unknown or the postcode wrong. */
    public record NoMatch<T>() implements Answer<T> {
    }

    /** The client address has looked up too often: the time until its next lookup is allowed. */
    public record TooOften<T>(Duration retryAfter) implements Answer<T> {
    }

    @Inject
    Orders orders;
    @Inject
    RateLimits rateLimits;

    /**
     * Looks the order up for a customer at {@code clientAddress}; {@code view} makes what they
     * see of it, in this lookup's transaction.
     *
     * @param postcode the destination's postcode; when blank, {@code line} (the line's last digits) is the factor
     */
    public <T> Answer<T> lookUp(String clientAddress, String number, String postcode, String line,
                                Function<Order, T> view) {
        var wait = rateLimits.publicLookupWait(clientAddress);
        if (!wait.isZero()) {
            return new TooOften<>(wait);
        }
        var order = OrderNumber.parse(number == null ? "" : number).flatMap(orders::byNumber);
        var factor = postcode != null && !postcode.isBlank() ? postcode : line;
        if (!LookupFactor.matches(order, factor)) {
            return new NoMatch<>();
        }
        return new Found<>(view.apply(order.get()));
    }
}
