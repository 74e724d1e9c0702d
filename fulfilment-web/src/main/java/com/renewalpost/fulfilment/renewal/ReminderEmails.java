package com.renewalpost.fulfilment.renewal;

import com.renewalpost.fulfilment.notifications.ReminderFacts;
import com.renewalpost.fulfilment.orders.Order;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * What a queued reminder says, for the outbox at each attempt: the line, its period and latest day to order, how
 * to order, and the unsubscribe link ({@code <fulfilment.public.base-url>/api/public/reminders/unsubscribe?token=}).
 * A reminder whose line has moved on (the customer ordered) or whose customer unsubscribed since it was queued is
 * no longer due: it is not sent (the outbox records it as not sendable).
 */
@ApplicationScoped
@Transactional
public class ReminderEmails implements ReminderFacts {

    static final String UNSUBSCRIBE_PATH = "/api/public/reminders/unsubscribe";

    @PersistenceContext
    EntityManager em;
    @Inject
    Lines lines;
    @Inject
    UnsubscribeKey key;
    @Inject
    @ConfigProperty(name = "fulfilment.public.base-url", defaultValue = "http://localhost:8080")
    String baseUrl;
    @Inject
    @ConfigProperty(name = "fulfilment.renewal.order-online-url")
    Optional<String> orderOnline;

    @Override
    public Optional<Facts> of(Order order, String note) {
        var parts = note == null ? new String[0] : note.split(" ");
        if (parts.length != 2) {
            return Optional.empty();
        }
        ReminderRule.Kind kind;
        LocalDate period;
        try {
            kind = ReminderRule.Kind.valueOf(parts[0]);
            period = LocalDate.parse(parts[1]);
        } catch (IllegalArgumentException | DateTimeParseException notOurs) {
            return Optional.empty();
        }
        var line = em.createQuery("SELECT l FROM RenewalLine l WHERE l.lineKey = :k", Line.class)
                .setParameter("k", Line.keyOf(order.line())).getResultStream().findFirst();
        var tokens = key.tokens();
        if (line.isEmpty() || tokens.isEmpty() || !line.get().latestOrder().id().equals(order.id())
                || !line.get().nextExpiresOn().equals(Optional.of(period))
                || em.find(ReminderOptOut.class, line.get().key()) != null) {
            return Optional.empty();
        }
        var view = lines.views(java.util.List.of(line.get())).get(0);
        var token = tokens.get().issue(line.get().id(), line.get().key());
        return Optional.of(new Facts(line.get().key(), period, view.latestDayToOrder().date(),
                kind == ReminderRule.Kind.LAST, orderOnline.filter(u -> !u.isBlank()).map(URI::create).orElse(null),
                unsubscribeLink(token)));
    }

    URI unsubscribeLink(String token) {
        var base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        return URI.create(base + UNSUBSCRIBE_PATH + "?token=" + URLEncoder.encode(token, StandardCharsets.US_ASCII));
    }
}
