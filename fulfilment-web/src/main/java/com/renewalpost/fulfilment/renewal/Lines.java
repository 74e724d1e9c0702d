package com.renewalpost.fulfilment.renewal;

import com.renewalpost.fulfilment.orders.Channel;
import com.renewalpost.fulfilment.orders.DeliveryStandard;
import com.renewalpost.fulfilment.orders.DeliveryStandards;
import com.renewalpost.fulfilment.orders.Order;
import com.renewalpost.fulfilment.orders.OrderChanged;
import com.renewalpost.fulfilment.orders.OrderNumber;
import com.renewalpost.fulfilment.orders.OrderStatus;
import com.renewalpost.fulfilment.orders.Orders;
import com.renewalpost.fulfilment.orders.PostalService;
import com.renewalpost.fulfilment.platform.Clocks;
import com.renewalpost.fulfilment.platform.DomainException;
import com.renewalpost.fulfilment.platform.Message;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The renewal lines: kept up to date from the orders ({@link OrderChanged}, in the order's own transaction, so a
 * line never disagrees with a committed order), and read with their next expiry and latest day to order.
 */
@ApplicationScoped
@Transactional
public class Lines {

    /** The longest window the expiring-lines list answers for: a year (and a leap day). */
    public static final int MAX_WINDOW_DAYS = 366;
    /** The longest line key: an ICCID has up to 20 digits, an E.164 number up to 16 characters. */
    public static final int MAX_KEY_LENGTH = 20;

    @PersistenceContext
    EntityManager em;
    @Inject
    Orders orders;
    @Inject
    DeliveryStandards standards;
    @Inject
    RenewalTimetable timetable;
    @Inject
    Clock clock;

    void orderChanged(@Observes OrderChanged changed) {
        orders.byNumber(changed.number()).ifPresent(this::keepUp);
    }

    /** Makes the order's line follow the latest order that renewed it; a line with only cancelled orders goes. */
    void keepUp(Order order) {
        var key = Line.keyOf(order.line());
        var latest = em.createQuery("SELECT o FROM Order o WHERE (o.line.iccid = :k OR (o.line.iccid IS NULL "
                        + "AND o.line.phone = :k)) AND o.status <> :cancelled ORDER BY o.createdAt DESC, o.id DESC",
                        Order.class)
                .setParameter("k", key).setParameter("cancelled", OrderStatus.CANCELLED)
                .setMaxResults(1).getResultStream().findFirst();
        var line = line(key);
        var now = Clocks.now(clock);
        if (latest.isEmpty()) {
            line.ifPresent(em::remove);
        } else if (line.isPresent()) {
            line.get().follow(latest.get(), now);
        } else {
            em.persist(new Line(latest.get(), now));
        }
    }

    Optional<Line> line(String key) {
        return em.createQuery("SELECT l FROM RenewalLine l WHERE l.lineKey = :k", Line.class)
                .setParameter("k", key).getResultStream().findFirst();
    }

    /** The line by its ICCID or phone number, as support sees it. */
    public Optional<LineView> view(String key) {
        if (key == null || key.isBlank() || key.strip().length() > MAX_KEY_LENGTH) {
            return Optional.empty();
        }
        return line(key.strip()).map(l -> view(l, transits()));
    }

    /** The line the order renews (none when all its orders were cancelled). */
    public Optional<LineView> viewOfOrder(OrderNumber number) {
        return orders.byNumber(number).flatMap(o -> line(Line.keyOf(o.line()))).map(l -> view(l, transits()));
    }

    /** Every order of the line, newest first: a line is renewed a few times a year, so the list stays short. */
    public List<RenewingOrder> ordersOf(String key) {
        return em.createQuery("SELECT o FROM Order o JOIN FETCH o.product WHERE o.line.iccid = :k "
                        + "OR (o.line.iccid IS NULL AND o.line.phone = :k) ORDER BY o.createdAt DESC, o.id DESC",
                        Order.class)
                .setParameter("k", key).getResultStream()
                .map(o -> new RenewingOrder(o.number().value(), o.status(), o.product().sku(), o.product().planDays(),
                        o.planExpiresOn().orElse(null), o.createdAt()))
                .toList();
    }

    /** A window of next-expiry dates, both days included, at most {@value #MAX_WINDOW_DAYS} days long. */
    public record Window(LocalDate from, LocalDate to) {
        public Window {
            if (from == null || to == null) {
                throw DomainException.invalid("invalid-window", Message.of("lines.windowRequired"));
            }
            if (to.isBefore(from)) {
                throw DomainException.invalid("invalid-window", Message.of("lines.windowOrder", from.toString(), to.toString()));
            }
            if (ChronoUnit.DAYS.between(from, to) >= MAX_WINDOW_DAYS) {
                throw DomainException.invalid("invalid-window",
                        Message.of("lines.windowTooLong", String.valueOf(MAX_WINDOW_DAYS)));
            }
        }
    }

    /** One page of the lines whose plan next expires in the window, soonest first. */
    public List<LineView> expiring(Window window, int first, int max) {
        var transits = transits();
        return em.createQuery("SELECT l FROM RenewalLine l WHERE l.nextExpiresOn BETWEEN :f AND :t "
                        + "ORDER BY l.nextExpiresOn, l.lineKey", Line.class)
                .setParameter("f", window.from()).setParameter("t", window.to())
                .setFirstResult(first).setMaxResults(max).getResultStream()
                .map(l -> view(l, transits)).toList();
    }

    public long countExpiring(Window window) {
        return em.createQuery("SELECT COUNT(l) FROM RenewalLine l WHERE l.nextExpiresOn BETWEEN :f AND :t",
                        Long.class)
                .setParameter("f", window.from()).setParameter("t", window.to()).getSingleResult();
    }

    /** The lines' views, the delivery standards read once for all of them (the reminder job's page of lines). */
    List<LineView> views(List<Line> some) {
        var transits = transits();
        return some.stream().map(l -> view(l, transits)).toList();
    }

    /** The longest delivery standard there is (calendar days): bounds the expiries a window of latest days needs. */
    int longestTransitDays() {
        return standards.all().stream().mapToInt(DeliveryStandard::effectiveDays)
                .reduce(DeliveryStandards.Table.LAST_RESORT_DAYS, Math::max);
    }

    /** The standards, read once per call (a short table): a page of lines needs many destinations. */
    private Map<String, DeliveryStandard> transits() {
        Map<String, DeliveryStandard> byKey = new HashMap<>();
        for (var s : standards.all()) {
            byKey.put(s.destination() + "/" + s.service(), s);
        }
        return byKey;
    }

    private LineView view(Line l, Map<String, DeliveryStandard> standardsByKey) {
        var transit = transit(standardsByKey, l.destination(), l.postalService());
        var latestDay = l.nextExpiresOn().map(expiry -> timetable.latestDayToOrder(expiry, transit, l.channel()))
                .orElse(null);
        return new LineView(l.key(), l.kind(), l.customerName(), l.customerNameLatin(), l.customerEmail(),
                l.customerLanguage(), l.channel(), l.destination(), l.postalService(),
                l.latestOrder().number().value(), l.nextExpiresOn().orElse(null), latestDay);
    }

    /** The latest day to order the line's next expiry for an order taken on {@code channel} (empty: no expiry). */
    Optional<LatestDayToOrder> latestDayToOrder(Line line, Channel channel) {
        var transit = transit(transits(), line.destination(), line.postalService());
        return line.nextExpiresOn().map(expiry -> timetable.latestDayToOrder(expiry, transit, channel));
    }

    private static RenewalTimetable.Transit transit(Map<String, DeliveryStandard> standardsByKey, String destination,
                                                    PostalService service) {
        return RenewalTimetable.Transit.of(Optional.ofNullable(standardsByKey.get(destination + "/" + service)),
                Optional.ofNullable(standardsByKey.get(DeliveryStandard.ANY_DESTINATION + "/" + service)));
    }
}
