package com.renewalpost.bench;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The simulated world around the application (issue 19): customers and when they order, the post
 * and how long it takes, the mail server's outages. It is the world, not the business's rules: it
 * never decides what the application would do (deadlines, emails, causes), only what happens to
 * it. Seeded: the same seed and size give the same world, order by order.
 */
final class World {

    enum Channel { POST, WEB, MARKETPLACE }

    /** Which service customers choose: as they like it (the default), or every letter one way. */
    enum Services { MIXED, ALL_TRACKED, ALL_UNTRACKED }

    /**
     * One customer's order as the world makes it.
     *
     * @param arrives   the day it reaches the application (a post order: the day staff key it in)
     * @param expires   the customer's plan expiry
     * @param email     null: the customer gave none
     * @param late      one of the customers who order after any sensible day
     */
    record Order(int index, Channel channel, OrderData.Person person, OrderData.Product product, String service,
                 LocalDate arrives, LocalDate expires, String email, boolean late) {
        String reference() {
            return "SIM-" + index;
        }
    }

    /** What happens to a letter once posted: in transit so many days, or lost. */
    record Transit(int days, boolean lost, boolean veryLate) {
    }

    /**
     * The application requires an email address on every order (order-request.xml), so a customer who
     * gave none is entered with one at this domain, which the simulation's mail server refuses (550).
     */
    static final String NO_EMAIL_DOMAIN = "no-email.invalid";
    static final double LOST = 0.01;
    static final double VERY_LATE = 0.02;
    static final double LATE_CUSTOMERS = 0.06;
    static final double POST_WITHOUT_EMAIL = 0.35;
    /** Spread of ordinary transit times around their median (lognormal). */
    static final double TRANSIT_SIGMA = 0.35;
    /** The standard normal's 80th percentile: the published standard is the transit times' p80. */
    static final double Z80 = 0.8416212335729143;
    /** A mail-server outage starts on a day with this chance, and lasts 1 to 3 days. */
    static final double OUTAGE_START = 1.0 / 60;

    final long seed;
    final LocalDate start;
    final int days;
    final List<Order> orders;
    final boolean[] mailDown;

    World(long seed, int count, LocalDate start, int days, Services services) {
        this.seed = seed;
        this.start = start;
        this.days = days;
        var random = new SplittableRandom(seed);
        List<Order> made = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            made.add(order(i, random.split(), services));
        }
        made.sort(Comparator.comparing(Order::arrives).thenComparing(Order::index));
        this.orders = Collections.unmodifiableList(made);
        this.mailDown = outages(new SplittableRandom(seed ^ 0x5EEDL), days + 200);
    }

    private Order order(int index, SplittableRandom r, Services services) {
        double c = r.nextDouble();
        var channel = c < 0.40 ? Channel.POST : c < 0.85 ? Channel.WEB : Channel.MARKETPLACE;
        var person = OrderData.PEOPLE.get(r.nextInt(OrderData.PEOPLE.size()));
        var product = OrderData.PRODUCTS.get(r.nextInt(OrderData.PRODUCTS.size()));
        var arrives = start.plusDays(arrivalDay(r));
        boolean late = r.nextDouble() < LATE_CUSTOMERS;
        int lead = late ? 1 + r.nextInt(6) : leadDays(channel, r);
        var expires = arrives.plusDays(lead);
        boolean noEmail = channel == Channel.POST && r.nextDouble() < POST_WITHOUT_EMAIL;
        String email = noEmail ? null : "sim" + index + "." + person.country().toLowerCase() + "@example.com";
        boolean tracked = switch (services) {
            case ALL_TRACKED -> true;
            case ALL_UNTRACKED -> false;
            // post customers lean to the cheaper letter; online ones take tracking half the time
            case MIXED -> r.nextDouble() < (channel == Channel.POST ? 0.4 : 0.5);
        };
        return new Order(index, channel, person, product, tracked ? "TRACKED_LETTER" : "STANDARD_LETTER", arrives,
                expires, email, late);
    }

    /** A day of the year, more orders towards its end (a season peaking at about 1.3 times the mean). */
    private int arrivalDay(SplittableRandom r) {
        while (true) {
            int day = r.nextInt(days);
            double intensity = 1 + 0.3 * Math.sin(2 * Math.PI * (day - days / 2.0) / days);
            if (r.nextDouble() * 1.3 < intensity) {
                return day;
            }
        }
    }

    /** Days between an order's arrival and the plan's expiry: post customers plan furthest ahead. */
    static int leadDays(Channel channel, SplittableRandom r) {
        double median = switch (channel) {
            case POST -> 30;
            case WEB -> 21;
            case MARKETPLACE -> 16;
        };
        return (int) Math.max(7, Math.round(median * Math.exp(0.35 * gaussian(r))));
    }

    /**
     * A letter's fate: lost (1 %), very late (2 %: two to four times the standard), or a lognormal
     * transit time whose 80th percentile is the destination's published standard.
     */
    static Transit transit(int standardDays, SplittableRandom r) {
        double u = r.nextDouble();
        if (u < LOST) {
            return new Transit(-1, true, false);
        }
        if (u < LOST + VERY_LATE) {
            return new Transit((int) Math.ceil(standardDays * (2 + 2 * r.nextDouble())), false, true);
        }
        double days = standardDays * Math.exp(TRANSIT_SIGMA * (gaussian(r) - Z80));
        return new Transit(Math.max(1, (int) Math.round(days)), false, false);
    }

    private static double gaussian(SplittableRandom r) {
        // Box-Muller: SplittableRandom has no nextGaussian in Java 17
        double u1 = 1 - r.nextDouble();
        double u2 = r.nextDouble();
        return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    }

    /** The mail server's days: true when it refuses connections all day. */
    static boolean[] outages(SplittableRandom r, int days) {
        var down = new boolean[days];
        for (int d = 0; d < days; d++) {
            if (r.nextDouble() < OUTAGE_START) {
                int length = 1 + r.nextInt(3);
                for (int k = d; k < Math.min(days, d + length); k++) {
                    down[k] = true;
                }
                d += length;
            }
        }
        return down;
    }

    boolean mailDown(LocalDate day) {
        int d = (int) (day.toEpochDay() - start.toEpochDay());
        return d >= 0 && d < mailDown.length && mailDown[d];
    }

    /** The warehouse prints, packs and posts on weekdays. */
    static boolean warehouseDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    /** Letters the warehouse prints a day: the year's orders over its working days, plus 15 % to spare. */
    static int capacity(int orders, int days) {
        return (int) Math.ceil(1.15 * orders / (days * 5.0 / 7));
    }

    /** The transit of each posted letter, drawn from its own stream so that one variant's queue cannot shift another's. */
    Transit transitOf(Order order, int standardDays) {
        return transit(standardDays, new SplittableRandom(seed * 31 + order.index()));
    }

    LocalDate lastExpiry() {
        return orders.stream().map(Order::expires).max(Comparator.naturalOrder()).orElse(start);
    }

    Map<Channel, Long> byChannel() {
        var counts = new java.util.EnumMap<Channel, Long>(Channel.class);
        for (var o : orders) {
            counts.merge(o.channel(), 1L, Long::sum);
        }
        return counts;
    }
}
