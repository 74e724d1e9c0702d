package com.renewalpost.fulfilment.renewal;

import com.renewalpost.fulfilment.orders.Channel;
import com.renewalpost.fulfilment.orders.DeliveryStandard;
import com.renewalpost.fulfilment.orders.DeliveryStandards;
import com.renewalpost.fulfilment.orders.Order;
import com.renewalpost.fulfilment.orders.OrderChanged;
import com.renewalpost.fulfilment.orders.OrderNumber;
import com.renewalpost.fulfilment.orders.OrderStatus;
import com.renewalpost.fulfilment.orders.Orders;
import com.renewalpost.fulfilment.platform.Clocks;
import com.renewalpost.fulfilment.platform.DomainException;
import com.renewalpost.fulfilment.platform.Message;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
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
        keepUp(Line.keyOf(changed.line()));
    }

    /**
     * Makes the line follow the latest order that renewed it; a line with only cancelled orders goes. The
     * line is locked first and its latest order looked for after: two orders of one line taken in at once are then
     * kept up one after the other, the second seeing the first (a version conflict would fail an order).
     */
    void keepUp(String key) {
        var line = lockedLine(key);
        var latest = latestOrder(key);
        var now = Clocks.now(clock);
        if (latest.isEmpty()) {
            line.ifPresent(em::remove);
        } else if (line.isPresent()) {
            line.get().follow(latest.get(), now);
        } else {
            firstSeen(key, latest.get(), now);
        }
    }

    private Optional<Line> lockedLine(String key) {
        return em.createQuery("SELECT l FROM RenewalLine l WHERE l.lineKey = :k", Line.class).setParameter("k", key)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst();
    }

    /**
     * The line's latest order, by ICCID or, for orders without one, by US number: one indexed look-up (H2 answers an
     * OR across the two columns by reading every order). Which one the key says: a US number is kept in E.164, with
     * its "+", and an ICCID is digits only, so no key is both.
     */
    private Optional<Order> latestOrder(String key) {
        return Line.isPhoneKey(key) ? latest("o.line.iccid IS NULL AND o.line.phone = :k", key)
                : latest("o.line.iccid = :k", key);
    }

    private Optional<Order> latest(String condition, String key) {
        return em.createQuery("SELECT o FROM Order o WHERE " + condition + " AND o.status <> :cancelled "
                        + "ORDER BY o.createdAt DESC, o.id DESC", Order.class)
                .setParameter("k", key).setParameter("cancelled", OrderStatus.CANCELLED)
                .setMaxResults(1).getResultStream().findFirst();
    }

    private static final String NEW_LINE = "INSERT INTO renewal_line (id, line_key, line_kind, latest_order_id, "
            + "customer_name, customer_name_latin, customer_email, customer_language, channel, destination, "
            + "postal_service, next_expires_on, updated_at, version) "
            + "VALUES (nextval('renewal_line_seq'), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)";

    /**
     * A line seen for the first time. Two orders of a new line taken in at the same moment both find no row, and the
     * second insert meets the first's unique key: a savepoint keeps that from failing the second order (its whole
     * transaction, the order with it), rolling back the insert alone. The line then follows the newer order
     * (PostgreSQL lets the insert wait for the first transaction, so its row is there to lock); where the row is
     * not visible yet, it follows the order that made it until the line's next change.
     */
    private void firstSeen(String key, Order order, OffsetDateTime now) {
        em.flush(); // the order's row, which the line refers to
        var line = new Line(order, now);
        var connection = em.unwrap(Connection.class);
        try {
            try (var savepoint = connection.createStatement()) {
                savepoint.execute("SAVEPOINT line_first_seen");
            }
            try (var insert = connection.prepareStatement(NEW_LINE)) {
                insert.setString(1, line.key());
                insert.setString(2, line.kind().name());
                insert.setLong(3, order.id());
                insert.setString(4, line.customerName());
                insert.setString(5, line.customerNameLatin());
                insert.setString(6, line.customerEmail());
                insert.setString(7, line.customerLanguage());
                insert.setString(8, line.channel().name());
                insert.setString(9, line.destination());
                insert.setString(10, line.postalService().name());
                insert.setObject(11, line.nextExpiresOn().map(java.sql.Date::valueOf).orElse(null), Types.DATE);
                insert.setObject(12, line.updatedAt());
                insert.executeUpdate();
            }
        } catch (SQLException e) {
            if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
                throw new PersistenceException("could not record line of order " + order.number(), e);
            }
            try (var rollback = connection.createStatement()) {
                rollback.execute("ROLLBACK TO SAVEPOINT line_first_seen");
            } catch (SQLException again) {
                throw new PersistenceException("could not roll back to the line's savepoint", again);
            }
            // the other order's line, once its transaction is done: follow whichever order is now the latest
            lockedLine(key).ifPresent(other -> latestOrder(key).ifPresent(latest -> other.follow(latest, now)));
        }
    }

    /** SQLSTATE of a unique key refused, on PostgreSQL and H2 alike. */
    private static final String UNIQUE_VIOLATION = "23505";

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
    private RenewalTimetable.Transits transits() {
        return RenewalTimetable.Transits.of(standards.all());
    }

    private LineView view(Line l, RenewalTimetable.Transits transits) {
        var transit = transits.to(l.destination(), l.postalService());
        var latestDay = l.nextExpiresOn().map(expiry -> timetable.latestDayToOrder(expiry, transit, l.channel()))
                .orElse(null);
        return new LineView(l.key(), l.kind(), l.customerName(), l.customerNameLatin(), l.customerEmail(),
                l.customerLanguage(), l.channel(), l.destination(), l.postalService(),
                l.latestOrder().number().value(), l.nextExpiresOn().orElse(null), latestDay);
    }

    /** The latest day to order the line's next expiry for an order taken on {@code channel} (empty: no expiry). */
    Optional<LatestDayToOrder> latestDayToOrder(Line line, Channel channel) {
        var transit = transits().to(line.destination(), line.postalService());
        return line.nextExpiresOn().map(expiry -> timetable.latestDayToOrder(expiry, transit, channel));
    }
}
