package com.renewalpost.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.Socket;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Issue 19, the simulator: drives a year of the {@link World}'s orders through the running
 * application, day by simulated day, and reads its answers. It only does what the world and the
 * staff would: orders in by the web shop's API key, the morning print run, packing by the two scans,
 * the day's dispatch, the carrier's tracking CSV, the mail server up or down; the application's own
 * jobs run once a simulated day through the simulation WAR's control servlet (bench/simulation), and
 * the clock moves a day. What was kept and why it lapsed it reads from {@code /api/promise.csv}.
 * Each warehouse morning it reads the print queue's service proposals (a faster service for a letter its
 * own would bring too late) and confirms them, as the warehouse would, unless CHOICE is {@code ignore}.
 *
 * <pre>simulate BASE SECRETS ORDERS SEED SERVICES SMTP_PORT CHOICE</pre>
 * Prints the run's figures as key=value lines.
 */
final class Simulation {

    private static final Pattern PRINTED_LINE = Pattern.compile(
            "\\{[^{}]*\"orderNumber\"\\s*:\\s*\"([^\"]+)\"[^{}]*\\}");
    private static final Pattern QUEUE_ENTRY = Pattern.compile("\\{[^{}]*\"number\"\\s*:\\s*\"[^\"]+\"[^{}]*\\}");
    private static final Pattern EXTRA_POSTAGE = Pattern.compile("\"extraPostage\"\\s*:\\s*([0-9.]+)");
    private static final int QUEUE_PAGE = 200;
    private static final int DAYS = 365;

    private final Api shop;
    private final Api warehouse;
    private final Api admin;
    private final Api control;
    private final World world;
    private final MailServer mail;
    private final Map<String, World.Order> byNumber = new HashMap<>();
    private final Map<String, Integer> standards = new HashMap<>();
    /** Tracking events waiting to be reported to the application, by day. */
    private final Map<LocalDate, List<String>> events = new TreeMap<>();
    private final Map<String, BigDecimal> postage = new TreeMap<>();
    private final Map<String, Long> counts = new TreeMap<>();
    /** The faster service the warehouse confirmed for an order, by its number. */
    private final Map<String, String> confirmed = new HashMap<>();
    private final java.util.Set<String> proposed = new java.util.HashSet<>();
    private final java.util.Set<String> noServiceInTime = new java.util.HashSet<>();
    private BigDecimal extraPostage = BigDecimal.ZERO;
    private final boolean confirmProposals;

    private Simulation(Api shop, Api warehouse, Api admin, Api control, World world, MailServer mail,
                       boolean confirmProposals) {
        this.shop = shop;
        this.warehouse = warehouse;
        this.admin = admin;
        this.control = control;
        this.world = world;
        this.mail = mail;
        this.confirmProposals = confirmProposals;
    }

    static void run(String[] args) throws IOException {
        var base = args[0];
        var secrets = Main.secrets(args[1]);
        int orders = Integer.parseInt(args[2]);
        long seed = Long.parseLong(args[3]);
        var services = World.Services.valueOf(args[4]);
        int smtpPort = Integer.parseInt(args[5]);
        boolean confirmProposals = switch (args[6]) {
            case "confirm" -> true;
            case "ignore" -> false;
            default -> throw new IllegalArgumentException("CHOICE is confirm or ignore, not " + args[6]);
        };

        var control = new Api(base);
        // the first simulated day starts at 06:00 UTC tomorrow
        var now = Instant.parse(control.post("/simulation/control?now", "text/plain", "", 200).body().trim());
        var start = now.atZone(ZoneOffset.UTC).toLocalDate().plusDays(1);
        var morning = start.atTime(6, 0).toInstant(ZoneOffset.UTC);
        control.post("/simulation/control?advance=" + Duration.between(now, morning), "text/plain", "", 200);

        var world = new World(seed, orders, start, DAYS, services);
        var shop = new Api(base).bearer(Main.secret(secrets, "api.token"));
        var warehouse = new Api(base).login(Setup.WAREHOUSE_USER, Main.secret(secrets, "warehouse.password"));
        var admin = new Api(base).login("admin", Main.secret(secrets, "admin.password"));
        try (var mail = new MailServer(smtpPort)) {
            var simulation = new Simulation(shop, warehouse, admin, control, world, mail, confirmProposals);
            simulation.readStandards();
            long started = System.nanoTime();
            simulation.year();
            simulation.report(started);
        }
    }

    /** The published standard of each destination and service (the set figure, not the learned one). */
    private void readStandards() {
        var body = admin.get("/api/delivery-standards?size=500", 200).body();
        var m = Pattern.compile("\\{[^{}]*\"destination\"\\s*:\\s*\"([A-Z]{2})\"[^{}]*\"service\"\\s*:\\s*\"([A-Z_]+)\""
                + "[^{}]*\"standardDays\"\\s*:\\s*(\\d+)[^{}]*\\}").matcher(body);
        while (m.find()) {
            standards.put(m.group(1) + "/" + m.group(2), Integer.parseInt(m.group(3)));
        }
        if (standards.isEmpty()) {
            throw new Api.Unexpected("no delivery standards in " + Api.shorten(body));
        }
    }

    private void year() {
        var last = world.lastExpiry().plusDays(2);
        int next = 0;
        int capacity = World.capacity(world.orders.size(), DAYS);
        long began = System.nanoTime();
        for (var day = world.start; !day.isAfter(last); day = day.plusDays(1)) {
            mail.up(!world.mailDown(day));
            count("days.mail_down", world.mailDown(day) ? 1 : 0);
            reportEvents(day);
            while (next < world.orders.size() && !world.orders.get(next).arrives().isAfter(day)) {
                intake(world.orders.get(next++));
            }
            if (World.warehouseDay(day)) {
                postTheDay(day, capacity);
            }
            // the application's daily jobs, as their schedules would run them; then the next day
            run("day");
            if (day.getDayOfMonth() == 1) {
                Main.progress(day + ": " + next + " of " + world.orders.size() + " orders in, " + (System.nanoTime() - began) / 1_000_000_000L + " s");
            }
        }
    }

    private String run(String job) {
        return control.post("/simulation/control?run=" + job, "text/plain", "", 200).body().trim();
    }

    private void intake(World.Order o) {
        var p = o.person();
        var json = "{" + field("customerName", p.name()) + "," + field("customerNameLatin", p.nameLatin()) + ","
                + field("email", o.email() == null ? "sim" + o.index() + "@" + World.NO_EMAIL_DOMAIN : o.email()) + "," + field("language", p.language()) + ","
                + "\"address\":{\"streetLines\":[" + OrderData.quote(p.street()) + "],"
                + field("dependentLocality", p.locality()) + "," + field("city", p.city()) + ","
                + field("region", p.region()) + "," + field("postcode", p.postcode()) + ","
                + field("country", p.country()) + "},"
                + field("productSku", o.product().sku()) + "," + field("iccid", OrderData.iccid(o.index())) + ","
                + field("planExpiresOn", o.expires().toString()) + "," + field("postalService", o.service()) + ","
                + field("channel", o.channel().name()) + "," + field("externalReference", o.reference()) + ","
                + "\"payment\":{" + field("method", switch (o.channel()) {
                    case POST -> "CHEQUE";
                    case WEB -> "CARD";
                    case MARKETPLACE -> "MARKETPLACE";
                }) + "," + field("reference", "PAY-" + o.reference()) + ",\"amount\":" + o.product().price()
                + "," + field("currency", "USD") + "}}";
        var answer = shop.post("/api/orders", "application/json", json, 201).body();
        byNumber.put(Api.string(answer, "number"), o);
        count("orders." + o.channel().name().toLowerCase(), 1);
    }

    /**
     * The queue's proposals of a faster service, most urgent first (the orders its own service would bring too
     * late): counted, and confirmed as the warehouse would, before the morning's print run.
     */
    private void chooseServices() {
        for (int page = 0; ; page++) {
            var body = warehouse.get("/api/queue?size=" + QUEUE_PAGE + "&page=" + page, 200).body();
            var m = QUEUE_ENTRY.matcher(body);
            int entries = 0;
            while (m.find()) {
                entries++;
                var entry = m.group();
                if (!entry.matches("(?s).*\"atRisk\"\\s*:\\s*true.*")) {
                    return; // the rest of the queue can still go by its own service
                }
                var number = Api.string(entry, "number");
                if (entry.matches("(?s).*\"noServiceInTime\"\\s*:\\s*true.*")) {
                    noServiceInTime.add(number);
                    continue;
                }
                if (!entry.contains("\"proposedService\"")) {
                    continue;
                }
                var service = Api.string(entry, "proposedService");
                proposed.add(number);
                if (!confirmProposals) {
                    continue;
                }
                var answer = warehouse.post("/api/queue/" + Api.enc(number) + "/service", "application/json",
                        "{\"service\":" + OrderData.quote(service) + "}", 200).body();
                var extra = EXTRA_POSTAGE.matcher(answer);
                if (extra.find()) {
                    extraPostage = extraPostage.add(new BigDecimal(extra.group(1)));
                }
                confirmed.put(number, service);
            }
            if (entries < QUEUE_PAGE) {
                return;
            }
        }
    }

    /** The morning's print run (the most urgent first, as many as the warehouse prints a day), packed and posted. */
    private void postTheDay(LocalDate day, int capacity) {
        chooseServices();
        var answer = warehouse.send(warehouse.request("/api/print-runs").header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"next\":" + capacity + "}")), 201, 409);
        if (answer.statusCode() == 409) {
            return; // nothing to print
        }
        Map<String, String> printed = new TreeMap<>();
        var lines = answer.body().substring(answer.body().indexOf("\"lines\""));
        var m = PRINTED_LINE.matcher(lines);
        while (m.find()) {
            var line = m.group();
            if (!line.contains("\"outcome\":\"PRINTED\"")) {
                count("print.not_printed", 1);
                continue;
            }
            var tracking = line.contains("\"trackingNumber\"") ? Api.string(line, "trackingNumber") : null;
            printed.put(m.group(1), tracking);
        }
        if (printed.isEmpty()) {
            return;
        }
        for (var e : printed.entrySet()) {
            scan(e.getKey());
            scan(e.getValue() == null ? e.getKey() : e.getValue());
        }
        var dispatch = Api.number(warehouse.post("/api/dispatches", "application/json", "{}", 201).body(), "id");
        for (var number : printed.keySet()) {
            warehouse.post("/api/dispatches/" + dispatch + "/items", "application/json",
                    "{\"code\":" + OrderData.quote(number) + "}", 201);
        }
        var closed = warehouse.post("/api/dispatches/" + dispatch + "/close", "application/json", "", 200).body();
        var totals = closed.substring(closed.indexOf("\"totals\""));
        var t = Pattern.compile("\"currency\"\\s*:\\s*\"([A-Z]{3})\"[^{}]*\"postage\"\\s*:\\s*([0-9.]+)").matcher(
                totals.substring(0, totals.contains("\"byService\"") ? totals.indexOf("\"byService\"") : totals.length()));
        while (t.find()) {
            postage.merge(t.group(1), new BigDecimal(t.group(2)), BigDecimal::add);
        }
        for (var e : printed.entrySet()) {
            posted(day, e.getKey(), e.getValue());
        }
    }

    private void scan(String code) {
        warehouse.post("/api/packing/stations/sim-1/scans", "application/json",
                "{\"code\":" + OrderData.quote(code) + "}", 200);
    }

    /** The post takes the letter: the world decides its fate; a tracked one tells the carrier's CSV. */
    private void posted(LocalDate day, String number, String tracking) {
        var order = byNumber.get(number);
        if (order == null) {
            return; // a demo order the print run took with the simulator's
        }
        var service = confirmed.getOrDefault(number, order.service());
        var transit = world.transitOf(order, standard(order, service));
        if (!service.equals(order.service())) {
            // what the faster service saved: in time by it, after the expiry by the customer's own (the same draw)
            var own = world.transitOf(order, standard(order, order.service()));
            boolean inTime = !transit.lost() && !day.plusDays(transit.days()).isAfter(order.expires());
            boolean ownLate = own.lost() || day.plusDays(own.days()).isAfter(order.expires());
            count("choice.letters_saved", inTime && ownLate ? 1 : 0);
        }
        count("letters.posted", 1);
        count("letters.lost", transit.lost() ? 1 : 0);
        count("letters.very_late", transit.veryLate() ? 1 : 0);
        if (transit.lost()) {
            count("world.lost_with_email", order.email() != null ? 1 : 0);
        } else if (day.plusDays(transit.days()).isAfter(order.expires())) {
            count("world.letter_after_expiry", 1);
        }
        if (tracking == null) {
            return;
        }
        event(day.plusDays(1), tracking, "ACCEPTED", day + "T17:00:00");
        if (!transit.lost()) {
            var delivered = day.plusDays(transit.days());
            event(delivered, tracking, "DELIVERED", delivered + "T05:00:00");
        }
    }

    private int standard(World.Order order, String service) {
        var standard = standards.get(order.person().country() + "/" + service);
        if (standard == null) {
            throw new Api.Unexpected("no delivery standard for " + order.person().country() + " " + service);
        }
        return standard;
    }

    private void event(LocalDate reportOn, String tracking, String status, String at) {
        events.computeIfAbsent(reportOn, d -> new ArrayList<>()).add(tracking + "," + status + "," + at + ","
                + "SIM-" + tracking + "-" + status);
    }

    /** The carrier's CSV of the day, imported by an admin (acceptances first, then deliveries). */
    private void reportEvents(LocalDate day) {
        var rows = events.remove(day);
        if (rows == null) {
            return;
        }
        rows.sort((a, b) -> Boolean.compare(a.contains(",DELIVERED,"), b.contains(",DELIVERED,")));
        var csv = new StringBuilder("tracking_number,status,occurred_at,event_id\n");
        rows.forEach(r -> csv.append(r).append('\n'));
        var report = admin.post("/api/tracking/import", "text/csv", csv.toString(), 200).body();
        long rejected = Api.number(report, "rejected");
        if (rejected > 0) {
            throw new Api.Unexpected("tracking import of " + day + " rejected " + rejected + " rows: "
                    + Api.shorten(report));
        }
        count("tracking.events", rows.size());
    }

    /** The application's answers: the promise per order, from its CSV, for the simulator's orders. */
    private void report(long started) {
        var from = world.start;
        var last = world.lastExpiry();
        Map<String, Long> lapses = new TreeMap<>();
        List<Long> margins = new ArrayList<>();
        long heldByLetter = 0;
        long heldByEmail = 0;
        long pending = 0;
        long withEmail = 0;
        long withEmailHeld3Days = 0;
        long noEmailLate = 0;
        long emailFailedLate = 0;
        Map<String, Long> shortWithEmail = new TreeMap<>();
        long rows = 0;
        while (!from.isAfter(last)) {
            var to = from.plusDays(365).isAfter(last) ? last : from.plusDays(365);
            var csv = admin.get("/api/promise.csv?from=" + from + "&to=" + to, 200).body();
            for (var line : csv.split("\r?\n")) {
                var c = line.split(",", -1);
                var order = byNumber.get(c[0]);
                if (order == null) {
                    continue; // the header, or a demo order
                }
                rows++;
                // number,destination,channel,planExpiresOn,pending,heldOn,via,marginDays,lapse,shortfall
                if (Boolean.parseBoolean(c[4])) {
                    pending++;
                    continue;
                }
                if ("LETTER".equals(c[6])) {
                    heldByLetter++;
                } else if ("EMAIL".equals(c[6])) {
                    heldByEmail++;
                }
                if (!c[7].isEmpty()) {
                    margins.add(Long.parseLong(c[7]));
                }
                if (order.email() != null) {
                    withEmail++;
                    if (!c[7].isEmpty() && Long.parseLong(c[7]) >= 3) {
                        withEmailHeld3Days++;
                    } else {
                        // the application's cause of the shortfall; and whether the world made this customer a late one
                        shortWithEmail.merge(c.length > 9 && !c[9].isEmpty() ? c[9] : "UNKNOWN", 1L, Long::sum);
                        shortWithEmail.merge("world_late_customer", order.late() ? 1L : 0L, Long::sum);
                    }
                }
                if (!c[8].isEmpty()) {
                    lapses.merge(c[8], 1L, Long::sum);
                    if (c[8].equals("LETTER_LATE_WITHOUT_EMAIL")) {
                        if (order.email() == null) {
                            noEmailLate++;
                        } else {
                            emailFailedLate++;
                        }
                    }
                }
            }
            from = to.plusDays(1);
        }
        Main.figure("sim.start", world.start);
        Main.figure("sim.end", last.plusDays(2));
        Main.figure("sim.capacity_per_day", World.capacity(world.orders.size(), DAYS));
        counts.forEach(Main::figure);
        Main.figure("promise.rows", rows);
        Main.figure("promise.pending", pending);
        Main.figure("promise.held_by_letter", heldByLetter);
        Main.figure("promise.held_by_email", heldByEmail);
        for (var cause : List.of("ORDERED_TOO_LATE", "PRINTED_LATE", "LOST_LETTER", "EMAIL_TOO_LATE",
                "LETTER_LATE_WITHOUT_EMAIL")) {
            Main.figure("lapse." + cause, lapses.getOrDefault(cause, 0L));
        }
        Main.figure("lapse.LETTER_LATE_WITHOUT_EMAIL.no_address", noEmailLate);
        Main.figure("lapse.LETTER_LATE_WITHOUT_EMAIL.email_failed", emailFailedLate);
        Main.figure("promise.with_email", withEmail);
        Main.figure("promise.with_email_held_3_days", withEmailHeld3Days);
        shortWithEmail.forEach((cause, n) -> Main.figure("short.with_email." + cause, n));
        Main.figure("choice.confirm", confirmProposals);
        Main.figure("choice.proposed", proposed.size());
        Main.figure("choice.confirmed", confirmed.size());
        Main.figure("choice.no_service_in_time", noServiceInTime.size());
        Main.figure("choice.extra_postage", extraPostage);
        var buckets = SimulationReport.buckets(margins);
        buckets.forEach((k, v) -> Main.figure("margin." + k, v));
        Main.figure("margin.p5", SimulationReport.percentile(margins, 5));
        Main.figure("margin.p50", SimulationReport.percentile(margins, 50));
        Main.figure("margin.p95", SimulationReport.percentile(margins, 95));
        postage.forEach((currency, amount) -> Main.figure("postage." + currency, amount));
        Main.figure("sim.seconds", (System.nanoTime() - started) / 1_000_000_000L);
    }

    private void count(String key, long n) {
        counts.merge(key, n, Long::sum);
    }

    private static String field(String name, String value) {
        return OrderData.quote(name) + ":" + (value == null ? "null" : OrderData.quote(value));
    }

    /**
     * The customers' mail server, in this process: takes every email while up, except to the addresses
     * of customers who gave none ({@link World#NO_EMAIL_DOMAIN}: the application requires an address, so
     * they are entered with one that does not exist, refused permanently with 550); while down (the world's
     * outage days), nothing listens on its port and connections are refused.
     */
    static final class MailServer implements AutoCloseable {
        private final int port;
        private java.net.ServerSocket socket;
        private Thread acceptor;

        MailServer(int port) {
            this.port = port;
        }

        void up(boolean wanted) {
            if (wanted && socket == null) {
                try {
                    socket = new java.net.ServerSocket();
                    socket.setReuseAddress(true);
                    socket.bind(new java.net.InetSocketAddress("127.0.0.1", port), 50);
                } catch (IOException e) {
                    throw new UncheckedIOException("could not listen on " + port, e);
                }
                var listening = socket;
                acceptor = new Thread(() -> accept(listening), "mail-server");
                acceptor.setDaemon(true);
                acceptor.start();
            } else if (!wanted && socket != null) {
                close();
            }
        }

        private static void accept(java.net.ServerSocket listening) {
            while (!listening.isClosed()) {
                try {
                    var client = listening.accept();
                    var session = new Thread(() -> session(client), "mail-session");
                    session.setDaemon(true);
                    session.start();
                } catch (IOException closed) {
                    return;
                }
            }
        }

        /** Just enough SMTP (RFC 5321) for the outbox: no extensions, no TLS, no authentication. */
        static void session(Socket client) {
            try (client; var in = new java.io.BufferedReader(new java.io.InputStreamReader(client.getInputStream(),
                    java.nio.charset.StandardCharsets.ISO_8859_1));
                 var out = new java.io.PrintWriter(new java.io.OutputStreamWriter(client.getOutputStream(),
                         java.nio.charset.StandardCharsets.ISO_8859_1), true)) {
                client.setSoTimeout(30_000);
                reply(out, "220 simulation ESMTP");
                String line;
                while ((line = in.readLine()) != null) {
                    var verb = line.length() >= 4 ? line.substring(0, 4).toUpperCase(java.util.Locale.ROOT) : line;
                    switch (verb) {
                        case "EHLO", "HELO" -> reply(out, "250 simulation");
                        case "RCPT" -> reply(out, line.toLowerCase(java.util.Locale.ROOT).contains("@" + World.NO_EMAIL_DOMAIN)
                                ? "550 5.1.1 no such user" : "250 2.1.5 ok");
                        case "DATA" -> {
                            reply(out, "354 go ahead");
                            while ((line = in.readLine()) != null && !line.equals(".")) {
                                // the message: not kept
                            }
                            reply(out, "250 2.0.0 queued");
                        }
                        case "QUIT" -> {
                            reply(out, "221 bye");
                            return;
                        }
                        default -> reply(out, "250 ok");
                    }
                }
            } catch (IOException ended) {
                // the client hung up
            }
        }

        private static void reply(java.io.PrintWriter out, String text) {
            out.print(text + "\r\n");
            out.flush();
        }

        @Override
        public void close() {
            if (socket != null) {
                try {
                    socket.close();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                socket = null;
            }
        }
    }
}
