package com.renewalpost.fulfilment.renewal;

import com.renewalpost.fulfilment.platform.Clocks;
import com.renewalpost.mail.Language;
import com.renewalpost.mail.RenewalReminder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * Unsubscribing from renewal reminders with the signed link of a reminder. Looking at the link changes nothing
 * (mail scanners follow links); only the confirmation (a POST, also RFC 8058's one-click) does. A token that is
 * malformed, forged, or for a line we no longer keep finds nothing: the same empty answer for each.
 */
@ApplicationScoped
@Transactional
public class Unsubscribes {

    /**
     * What the page may show: the customer's language, the line's last four digits (so they know which line),
     * and since when it is unsubscribed, if it is.
     */
    public record Choice(Language language, String lineLastFour, Optional<OffsetDateTime> unsubscribedAt) {
    }

    @PersistenceContext
    EntityManager em;
    @Inject
    UnsubscribeKey key;
    @Inject
    Clock clock;

    /** The line the token was issued for and whether it is unsubscribed; nothing changes. */
    public Optional<Choice> look(String token) {
        return line(token, false).map(this::choice);
    }

    /** Unsubscribes the token's line (again is fine: the first date stays). */
    public Optional<Choice> unsubscribe(String token) {
        // the line's row lock: two confirmations at once insert once
        return line(token, true).map(line -> {
            if (em.find(ReminderOptOut.class, line.key()) == null) {
                em.persist(new ReminderOptOut(line.key(), Clocks.now(clock)));
                em.flush();
            }
            return choice(line);
        });
    }

    /** When the line's customer unsubscribed, if they did (support's line page). */
    public Optional<OffsetDateTime> unsubscribedAt(String lineKey) {
        return Optional.ofNullable(em.find(ReminderOptOut.class, lineKey)).map(ReminderOptOut::unsubscribedAt);
    }

    private Optional<Line> line(String token, boolean lock) {
        var tokens = key.tokens();
        var id = UnsubscribeTokens.lineIdOf(token);
        if (tokens.isEmpty() || id.isEmpty()) {
            return Optional.empty();
        }
        var line = lock ? em.find(Line.class, id.get(), LockModeType.PESSIMISTIC_WRITE) : em.find(Line.class, id.get());
        return Optional.ofNullable(line).filter(l -> tokens.get().matches(token, l.id(), l.key()));
    }

    private Choice choice(Line line) {
        return new Choice(Language.fromTag(line.customerLanguage()), RenewalReminder.lastFourOf(line.key()),
                unsubscribedAt(line.key()));
    }
}
