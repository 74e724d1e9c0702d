package com.renewalpost.fulfilment.demo;

import com.renewalpost.fulfilment.platform.DatabaseReady;
import com.renewalpost.fulfilment.catalogue.Catalogue;
import com.renewalpost.fulfilment.catalogue.Money;
import com.renewalpost.fulfilment.catalogue.Product;
import com.renewalpost.fulfilment.catalogue.ProductKind;
import com.renewalpost.fulfilment.catalogue.ProductWording;
import com.renewalpost.fulfilment.codes.CodeStock;
import com.renewalpost.fulfilment.dispatch.Dispatches;
import com.renewalpost.fulfilment.orders.Iccid;
import com.renewalpost.fulfilment.orders.OrderIntake;
import com.renewalpost.fulfilment.orders.OrderLifecycle;
import com.renewalpost.fulfilment.orders.OrderNumber;
import com.renewalpost.fulfilment.orders.OrderRequest;
import com.renewalpost.fulfilment.orders.OrderStatus;
import com.renewalpost.fulfilment.orders.Orders;
import com.renewalpost.fulfilment.packing.Packing;
import com.renewalpost.fulfilment.orders.DeliveryStandards;
import com.renewalpost.fulfilment.printing.PrintRunItem;
import com.renewalpost.fulfilment.printing.PrintRunRequest;
import com.renewalpost.fulfilment.printing.PrintRunMaking;
import com.renewalpost.fulfilment.printing.PrintRuns;
import com.renewalpost.fulfilment.orders.TrackingNumber;
import com.renewalpost.fulfilment.platform.WarehouseCalendar;
import com.renewalpost.fulfilment.platform.Roles;
import com.renewalpost.fulfilment.staff.StaffAccounts;
import com.renewalpost.fulfilment.tracking.TrackingEvents;
import com.renewalpost.fulfilment.tracking.TrackingStatus;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.StringReader;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Fills an empty database with a believable warehouse: four products of both kinds, a code stock,
 * and 60 orders to 18 countries in every state of their life, some customers named in Chinese.
 * Everything goes the way the warehouse does it: the intake; two print runs (codes allocated,
 * documents ready to download); the packing station (letter, then label; the tracked letters get
 * a pre-printed post office label first, as no S10 range is configured in a demo); two dispatches,
 * closed with their postage and manifests: today's with the letters still on their way, and one
 * handed over four weeks ago with the letters since delivered (about as many days after posting as
 * the post takes to their country), returned or lost, each recorded on the day it happened. What
 * is left is a warehouse day to do in the browser: queued orders to print, the letters of the
 * second run to pack, packed letters to post. So that one login can do all of it,
 * the demo's {@code admin} also holds the warehouse and support roles.
 */
@ApplicationScoped
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());
    private static final String ACTOR = "demo";

    @Inject
    @ConfigProperty(name = "fulfilment.demo", defaultValue = "false")
    boolean demo;
    @Inject
    Catalogue catalogue;
    @Inject
    CodeStock codeStock;
    @Inject
    OrderIntake intake;
    @Inject
    OrderLifecycle lifecycle;
    @Inject
    Orders orders;
    @Inject
    PrintRuns printRuns;
    @Inject
    PrintRunMaking printRunMaking;
    @Inject
    Packing packing;
    @Inject
    Dispatches dispatches;
    @Inject
    TrackingEvents tracking;
    @Inject
    StaffAccounts staffAccounts;
    @Inject
    Clock clock;
    @Inject
    WarehouseCalendar calendar;
    @Inject
    DeliveryStandards standards;

    /** The packing station the demo's letters were packed at. */
    static final String STATION = "DEMO-1";
    /** Serials of the pre-printed tracking labels the demo attaches (no range is configured). */
    static final int PRE_PRINTED_SERIALS = 77000000;
    private static final Set<OrderStatus> PACKED_OR_LATER = EnumSet.of(OrderStatus.PACKED, OrderStatus.POSTED,
            OrderStatus.DELIVERED, OrderStatus.RETURNED, OrderStatus.LOST);
    private static final Set<OrderStatus> POSTED_OR_LATER = EnumSet.of(OrderStatus.POSTED, OrderStatus.DELIVERED,
            OrderStatus.RETURNED, OrderStatus.LOST);
    /** The letters that have arrived, come back or gone missing. */
    private static final Set<OrderStatus> SETTLED = EnumSet.of(OrderStatus.DELIVERED, OrderStatus.RETURNED,
            OrderStatus.LOST);
    /** How long ago the settled letters were handed to the post: longer than the post takes anywhere. */
    static final int HISTORY_DAYS = 28;
    /** Pre-printed labels attached so far (the next serial). */
    private int preprinted;

    /** One customer and where they live. */
    record Person(String name, String nameLatin, String language, String country, List<String> street,
                  String locality, String city, String region, String postcode) {
    }

    static final List<Person> PEOPLE = List.of(
            new Person("王小明", "Wang Xiaoming", "zh-Hans", "CN", List.of("No. 18 Zhongguancun Street"),
                    "Haidian District", "Beijing", "Beijing", "100080"),
            new Person("李华", "Li Hua", "zh-Hans", "CN", List.of("Room 1203, 100 Century Avenue"),
                    "Pudong New Area", "Shanghai", "Shanghai", "200120"),
            new Person("陳美玲", "Chan Mei Ling", "zh-Hant", "HK", List.of("Flat 12B, 88 Queen's Road Central"),
                    null, "Central", "Hong Kong Island", null),
            new Person("林志豪", "Lin Chih-Hao", "zh-Hant", "TW", List.of("No. 7, Sec. 5, Xinyi Road"),
                    null, "Xinyi District", "Taipei City", "110"),
            new Person("田中優希", "Yuki Tanaka", "ja", "JP", List.of("1-2-3 Shibuya"), null, "Shibuya-ku", "Tokyo",
                    "150-0002"),
            new Person("Kim Min-jun", null, "en", "KR", List.of("123 Teheran-ro"), null, "Gangnam-gu", "Seoul",
                    "06236"),
            new Person("Tan Wei Ling", null, "en", "SG", List.of("10 Anson Road #20-05"), null, null, null, "079903"),
            new Person("Ahmad Razak", null, "en", "MY", List.of("50 Jalan Ampang"), null, "Kuala Lumpur",
                    "Kuala Lumpur", "50450"),
            new Person("Somchai Prasert", null, "en", "TH", List.of("123 Sukhumvit Road"), null, "Bangkok",
                    "Bangkok", "10110"),
            new Person("Olivia Brown", null, "en", "AU", List.of("10 George Street"), null, "Sydney", "NSW", "2000"),
            new Person("Liam Wilson", null, "en", "NZ", List.of("1 Queen Street"), null, "Auckland", null, "1010"),
            new Person("Emma Tremblay", null, "en", "CA", List.of("100 King Street West"), null, "Toronto", "ON",
                    "M5X 1A9"),
            new Person("Oliver Smith", null, "en", "GB", List.of("10 Downing Street"), null, "London", null,
                    "SW1A 2AA"),
            new Person("Lukas Müller", null, "de", "DE", List.of("Unter den Linden 77"), null, "Berlin", null, "10117"),
            new Person("Chloé Martin", null, "fr", "FR", List.of("8 Rue de Rivoli"), null, "Paris", null, "75004"),
            new Person("Sofía García", null, "es", "MX", List.of("Avenida Paseo de la Reforma 222"), "Juarez",
                    "Ciudad de Mexico", "Distrito Federal", "06600"),
            new Person("João Silva", null, "en", "BR", List.of("Avenida Paulista 1000"), "Bela Vista", "Sao Paulo",
                    "SP", "01310-100"),
            new Person("Sanne de Vries", null, "en", "NL", List.of("Damrak 1"), null, "Amsterdam", null, "1012 LG"),
            new Person("张伟", "Zhang Wei", "zh-Hans", "SG", List.of("1 Raffles Place #44-01"), null, null, null,
                    "048616"),
            new Person("Fatima Al Mansoori", null, "en", "AE", List.of("Tower 3, Sheikh Zayed Road"), null, null,
                    "Dubai", null));

    /** At start-up, after the keys and the first admin exist. */
    void loadAtStart(@Observes @Priority(DatabaseReady.CONTENT) DatabaseReady ready) {
        if (demo && databaseIsEmpty()) {
            load();
        }
    }

    public boolean databaseIsEmpty() {
        return catalogue.all().isEmpty() && orders.count() == 0;
    }

    public void load() {
        var random = new Random(20261127L);
        var products = products();
        for (var product : products) {
            codeStock.importCsv(product, new StringReader(codesCsv(product, 40, random)));
        }
        var today = LocalDate.now(clock);
        var statuses = List.of(
                OrderStatus.QUEUED, OrderStatus.QUEUED, OrderStatus.PRINTED, OrderStatus.PACKED, OrderStatus.POSTED,
                OrderStatus.POSTED, OrderStatus.DELIVERED, OrderStatus.DELIVERED, OrderStatus.ON_HOLD,
                OrderStatus.CANCELLED, OrderStatus.RETURNED, OrderStatus.LOST);
        Map<OrderNumber, OrderStatus> targets = new LinkedHashMap<>();
        for (int i = 0; i < 60; i++) {
            var person = PEOPLE.get(i % PEOPLE.size());
            var product = products.get(i % products.size());
            var target = statuses.get(i % statuses.size());
            // Tracked letters need S10 numbers: a demo has no range, so only the letters the demo posts
            // itself (with a pre-printed label) are tracked; the day's work is standard letters.
            var tracked = POSTED_OR_LATER.contains(target) && i % 2 == 0;
            var request = request(person, product, i, today.plusDays(3 + (i * 7) % 60), tracked, random);
            targets.put(intake.receive(request, null, ACTOR).order().number(), target);
        }
        targets.forEach((number, target) -> {
            if (target == OrderStatus.ON_HOLD) {
                lifecycle.move(number, OrderStatus.ON_HOLD, ACTOR, "Cheque not yet cleared by the bank");
            } else if (target == OrderStatus.CANCELLED) {
                lifecycle.move(number, OrderStatus.CANCELLED, ACTOR, "Customer asked to cancel");
            }
        });
        // earlier work: printed, packed and posted; the letters that have since arrived, come back or
        // gone missing were handed to the post weeks ago, those still on their way today
        var posted = print(targets, PACKED_OR_LATER);
        posted.forEach(this::pack);
        var handedOver = calendar.today().minusDays(HISTORY_DAYS);
        post(dispatches.openHandedOverOn(handedOver, ACTOR).id(),
                posted.keySet().stream().filter(n -> SETTLED.contains(targets.get(n))).toList());
        post(dispatches.open(new Dispatches.OpenRequest(null), ACTOR).id(),
                posted.keySet().stream().filter(n -> targets.get(n) == OrderStatus.POSTED).toList());
        int i = 0;
        for (var number : posted.keySet()) {
            if (SETTLED.contains(targets.get(number))) {
                settle(number, targets.get(number), handedOver, i++);
            }
        }
        // today's work: a run waiting to be packed; the queued orders wait for a run
        print(targets, EnumSet.of(OrderStatus.PRINTED));
        staffAccounts.change("admin", Set.of(Roles.ADMIN, Roles.WAREHOUSE, Roles.SUPPORT), null, ACTOR);
        LOG.info("Demo data loaded: " + products.size() + " products, 60 orders, 2 print runs, 2 dispatches; "
                + "admin may also do warehouse and support work");
    }

    /**
     * Prints the orders bound for these statuses in one run; returns those printed, with the
     * tracking number on their label (null for untracked letters).
     */
    private Map<OrderNumber, String> print(Map<OrderNumber, OrderStatus> targets, Set<OrderStatus> bound) {
        var numbers = targets.entrySet().stream().filter(e -> bound.contains(e.getValue()))
                .map(e -> e.getKey().value()).toList();
        var run = printRuns.view(printRunMaking.create(new PrintRunRequest(numbers, null, null), ACTOR), java.util.Locale.ENGLISH);
        Map<OrderNumber, String> printed = new LinkedHashMap<>();
        run.lines().stream().filter(l -> l.outcome().equals(PrintRunItem.Outcome.PRINTED.name()))
                .forEach(l -> printed.put(new OrderNumber(l.orderNumber()), l.trackingNumber()));
        return printed;
    }

    /** Letter, then label, at the demo's station; a tracked letter first gets its pre-printed label. */
    private void pack(OrderNumber number, String trackingNumber) {
        var label = trackingNumber;
        if (label == null && orders.byNumber(number).orElseThrow().postalService().tracked()) {
            var service = orders.byNumber(number).orElseThrow().postalService().s10ServiceLetter().orElseThrow();
            label = packing.attachPrePrinted(STATION, number.value(), TrackingNumber.of(service + "A",
                    PRE_PRINTED_SERIALS + preprinted++, "US").value(), ACTOR).trackingNumber();
        }
        packing.scan(STATION, number.value(), ACTOR);
        packing.scan(STATION, label == null ? number.value() : label, ACTOR);
    }

    private void post(long dispatch, List<OrderNumber> letters) {
        letters.forEach(n -> dispatches.add(dispatch, n.value(), ACTOR));
        dispatches.close(dispatch, ACTOR);
    }

    /**
     * What became of a letter posted on {@code postedOn}, as support records what a customer or the
     * post says, on the day it happened: delivered about as long after posting as the post takes to
     * its destination (a day early, on time or a day late, by turns), returned or reported lost some
     * days after it should have arrived; never later than now.
     */
    private void settle(OrderNumber number, OrderStatus target, LocalDate postedOn, int turn) {
        var order = orders.byNumber(number).orElseThrow();
        int standard = standards.transitDays(order.address().countryCode(), order.postalService());
        int days = switch (target) {
            case DELIVERED -> Math.max(1, standard + turn % 3 - 1);
            default -> standard + 5;
        };
        var at = postedOn.plusDays(days).atTime(11, 0).atZone(calendar.zone()).toOffsetDateTime();
        var latest = OffsetDateTime.now(clock).minusHours(1);
        at = at.isAfter(latest) ? latest : at;
        switch (target) {
            case DELIVERED -> tracking.recordManual(number, TrackingStatus.DELIVERED, at,
                    "Demo: the customer wrote that the letter arrived", ACTOR);
            case RETURNED -> tracking.recordManual(number, TrackingStatus.RETURNED_TO_SENDER, at,
                    "Demo: came back marked 'addressee unknown'", ACTOR);
            case LOST -> tracking.recordManual(number, TrackingStatus.LOST, at,
                    "Demo: the post office reports the letter lost", ACTOR);
            default -> { }
        }
    }

    List<Product> products() {
        var pin = "\\d{4}-\\d{4}-\\d{4}-\\d{4}";
        var all = List.of(
                new Product("VCH-30", "US line top-up, 30 days", ProductKind.VOUCHER, 30, "10 GB",
                        Money.of("25.00", "USD"), 20, "490700", "Printed prepaid top-up voucher", pin, 10),
                new Product("VCH-90", "US line top-up, 90 days", ProductKind.VOUCHER, 90, "Unlimited",
                        Money.of("65.00", "USD"), 20, "490700", "Printed prepaid top-up voucher", pin, 10),
                new Product("ESIM-30", "US eSIM plan, 30 days", ProductKind.ESIM_PROFILE, 30, "15 GB",
                        Money.of("29.00", "USD"), 20, "490700", "Printed eSIM activation letter", null, 10),
                new Product("ESIM-365", "US eSIM plan, 365 days", ProductKind.ESIM_PROFILE, 365, "Unlimited",
                        Money.of("249.00", "USD"), 20, "490700", "Printed eSIM activation letter", null, 5));
        all.forEach(catalogue::add);
        WORDING.forEach((sku, translations) -> catalogue.translate(sku, translations, ACTOR));
        return all;
    }

    private static Map<String, ProductWording> wording(String en, String enPlan, String zhHans, String zhHansPlan,
                                                       String zhHant, String zhHantPlan, String ja, String jaPlan,
                                                       String es, String esPlan) {
        var byLanguage = new LinkedHashMap<String, ProductWording>();
        byLanguage.put("en", new ProductWording(en, enPlan));
        byLanguage.put("zh-Hans", new ProductWording(zhHans, zhHansPlan));
        byLanguage.put("zh-Hant", new ProductWording(zhHant, zhHantPlan));
        byLanguage.put("ja", new ProductWording(ja, jaPlan));
        byLanguage.put("es", new ProductWording(es, esPlan));
        return byLanguage;
    }

    /** What customers read about the demo products, in every language letters are written in. */
    static final Map<String, Map<String, ProductWording>> WORDING = Map.of(
            "VCH-30", wording("US line top-up, 30 days", "30 days of talk and text, 10 GB of data",
                    "美国号码 30 天套餐", "30 天通话和短信，10 GB 流量",
                    "美國門號 30 天方案", "30 天通話和簡訊，10 GB 數據",
                    "米国回線 30日間プラン", "30日間、通話・SMS、データ 10 GB",
                    "Recarga línea EE. UU. 30 días", "30 días de llamadas y mensajes, 10 GB de datos"),
            "VCH-90", wording("US line top-up, 90 days", "90 days of talk and text, unlimited data",
                    "美国号码 90 天套餐", "90 天通话和短信，无限流量",
                    "美國門號 90 天方案", "90 天通話和簡訊，無限數據",
                    "米国回線 90日間プラン", "90日間、通話・SMS、データ無制限",
                    "Recarga línea EE. UU. 90 días", "90 días de llamadas y mensajes, datos ilimitados"),
            "ESIM-30", wording("US eSIM plan, 30 days", "30 days, unlimited talk and text, 15 GB of data",
                    "美国 eSIM 30 天套餐", "30 天，无限通话和短信，15 GB 流量",
                    "美國 eSIM 30 天方案", "30 天，無限通話和簡訊，15 GB 數據",
                    "米国 eSIM 30日間プラン", "30日間、通話・SMS 無制限、データ 15 GB",
                    "Plan eSIM EE. UU. 30 días", "30 días, llamadas y mensajes ilimitados, 15 GB de datos"),
            "ESIM-365", wording("US eSIM plan, 365 days", "365 days, unlimited talk, text and data",
                    "美国 eSIM 365 天套餐", "365 天，无限通话、短信和流量",
                    "美國 eSIM 365 天方案", "365 天，無限通話、簡訊和數據",
                    "米国 eSIM 365日間プラン", "365日間、通話・SMS・データ無制限",
                    "Plan eSIM EE. UU. 365 días", "365 días, llamadas, mensajes y datos ilimitados"));

    static String codesCsv(Product product, int count, Random random) {
        var esim = product.kind() == ProductKind.ESIM_PROFILE;
        // every fourth eSIM code asks for a confirmation code (SGP.22 "$$1"), which comes with it: eight digits, made
        // without the random source so that the rest of the demo stays as it was
        var csv = new StringBuilder(esim ? "code,confirmation_code\n" : "code\n");
        for (int i = 0; i < count; i++) {
            if (esim) {
                csv.append("LPA:1$SMDP.RENEWALPOST-DEMO.NET$").append(group(random, 5)).append('-')
                        .append(group(random, 5)).append('-').append(group(random, 5)).append('-')
                        .append(group(random, 5)).append(i % 4 == 0 ? "$$1," + demoConfirmationCode(product, i) : ",").append('\n');
            } else {
                csv.append(digits(random, 4)).append('-').append(digits(random, 4)).append('-')
                        .append(digits(random, 4)).append('-').append(digits(random, 4)).append('\n');
            }
        }
        return csv.toString();
    }

    private static OrderRequest request(Person p, Product product, int i, LocalDate planExpiry, boolean tracked,
                                        Random random) {
        var iccidBody = "8901260" + digits(random, 11);
        var channel = i % 3 == 0 ? "POST" : i % 3 == 1 ? "WEB" : "MARKETPLACE";
        var method = switch (channel) {
            case "POST" -> i % 2 == 0 ? "CHEQUE" : "MONEY_ORDER";
            case "WEB" -> p.language().startsWith("zh") ? "ALIPAY" : "CARD";
            default -> "MARKETPLACE";
        };
        return new OrderRequest(p.name(), p.nameLatin(),
                p.nameLatin() == null ? slug(p.name()) + i + "@example.com" : slug(p.nameLatin()) + i + "@example.com",
                null, p.language(),
                new OrderRequest.Address(null, p.street(), p.locality(), p.city(), p.region(), p.postcode(),
                        p.country()),
                product.sku(), iccidBody + Iccid.luhnCheckDigit(iccidBody), null, planExpiry,
                tracked ? "TRACKED_LETTER" : "STANDARD_LETTER", channel,
                channel.equals("POST") ? null : "DEMO-" + (1000 + i),
                new OrderRequest.PaymentDetails(method, channel.equals("POST") ? "CHQ-" + (5000 + i) : null,
                        product.price().amount(), product.price().currency(), null),
                i % 5 == 0 ? "Please send before the end of the month" : null);
    }

    private static String slug(String name) {
        return java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD)
                .replaceAll("[^A-Za-z]", "").toLowerCase();
    }

    private static String group(Random random, int length) {
        var alphabet = "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ";
        var s = new StringBuilder();
        for (int i = 0; i < length; i++) {
            s.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return s.toString();
    }

    private static String demoConfirmationCode(Product product, int i) {
        return String.format(java.util.Locale.ROOT, "%08d", Math.floorMod((product.sku() + "/" + i).hashCode(), 100_000_000));
    }

    private static String digits(Random random, int length) {
        var s = new StringBuilder();
        for (int i = 0; i < length; i++) {
            s.append((char) ('0' + random.nextInt(10)));
        }
        return s.toString();
    }

}
