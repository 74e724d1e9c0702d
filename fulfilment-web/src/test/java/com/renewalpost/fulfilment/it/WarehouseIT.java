package com.renewalpost.fulfilment.it;

import com.renewalpost.fulfilment.catalogue.Catalogue;
import com.renewalpost.fulfilment.catalogue.Money;
import com.renewalpost.fulfilment.catalogue.Product;
import com.renewalpost.fulfilment.catalogue.ProductKind;
import com.renewalpost.fulfilment.codes.CodeStock;
import com.renewalpost.fulfilment.it.fixtures.TestMailServer;
import com.renewalpost.fulfilment.notifications.OrderEmails;
import com.renewalpost.fulfilment.platform.ImportReport;
import com.renewalpost.fulfilment.orders.DeliveryStandards;
import com.renewalpost.fulfilment.orders.OrderIntake;
import com.renewalpost.fulfilment.orders.PostalService;
import com.renewalpost.fulfilment.renewal.RenewalTimetable;
import com.renewalpost.fulfilment.orders.OrderNumber;
import com.renewalpost.fulfilment.orders.OrderRequest;
import com.renewalpost.fulfilment.orders.Orders;
import com.renewalpost.fulfilment.platform.FulfilmentDatabase;
import com.renewalpost.fulfilment.orders.TrackingNumber;
import com.renewalpost.fulfilment.platform.Roles;
import com.renewalpost.fulfilment.staff.StaffAccounts;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.sql.DataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The warehouse day in a running Payara Micro on a fresh H2 database, over the REST API as a
 * logged-in warehouse/admin user: print runs (codes, S10 numbers, holds, documents read back and
 * byte-identical, reprints), scan-to-pack, pre-printed tracking labels, postage tariffs and the
 * day's dispatch with its manifest. Each test makes its own products and orders; tests that
 * change zones or tariffs use destinations no other test uses.
 */
@ExtendWith(ArquillianExtension.class)
@Order(2) // TestDeployment.inContainer(): one server for every in-container class; after the demo, the clock not moved yet
class WarehouseIT {

    static final String RANGE = "LA 10000000-10000999 US";

    @Deployment
    static WebArchive deployment() {
        // tracked letters take numbers from a range; registered letters have none: pre-printed labels
        // (TestDeployment.inContainer: the range below, a low warning at 5, help@renewalpost.example)
        return TestDeployment.inContainer();
    }

    @Inject
    Catalogue catalogue;
    @Inject
    com.renewalpost.fulfilment.staff.AuditLog audit;
    @Inject
    CodeStock codeStock;
    @Inject
    OrderIntake intake;
    @Inject
    Orders orders;
    @Inject
    OrderEmails outbox;
    @Inject
    StaffAccounts staffAccounts;
    @Inject
    DeliveryStandards standards;
    @Inject
    RenewalTimetable timetable;
    @Resource(lookup = FulfilmentDatabase.JNDI_NAME)
    DataSource dataSource;
    @ArquillianResource
    URL base;

    /** One logged-in warehouse and admin user for the whole class: logging in hashes a password. */
    private static StaffSession staff;

    // ---- print runs ----

    @Test
    void aRunOfThirtyPrintsTwentySevenWithDistinctCodesAndTrackingNumbersAndHoldsThree() throws Exception {
        var product = newProduct(ProductKind.ESIM_PROFILE, 20, 27);
        var people = List.of(Person.JP, Person.CN, Person.GB, Person.US, Person.TW, Person.AU);
        List<OrderNumber> numbers = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            numbers.add(order(product, people.get(i % people.size()), "TRACKED_LETTER"));
        }

        var response = post("api/print-runs", Json.createObjectBuilder()
                .add("orderNumbers", array(numbers)).build());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        var created = json(response.body());
        var run = created.getJsonObject("run");
        long runId = run.getJsonNumber("id").longValue();
        assertThat(run.getInt("printed")).isEqualTo(27);
        assertThat(run.getInt("held")).isEqualTo(3);
        var lines = run.getJsonArray("lines").getValuesAs(JsonObject.class);
        assertThat(lines).extracting(l -> l.getString("orderNumber"))
                .containsExactlyElementsOf(numbers.stream().map(OrderNumber::value).toList());
        var printed = lines.stream().filter(l -> l.getString("outcome").equals("PRINTED"))
                .map(l -> l.getString("orderNumber")).toList();
        var held = lines.stream().filter(l -> l.getString("outcome").equals("HELD")).toList();
        assertThat(held).hasSize(3).allSatisfy(l -> {
            assertThat(l.getString("reason")).contains("No activation codes in stock");
            assertThat(l.getString("orderStatus")).isEqualTo("ON_HOLD");
        });
        for (var number : numbers) {
            var status = orders.byNumber(number).orElseThrow().status().name();
            assertThat(status).isEqualTo(printed.contains(number.value()) ? "PRINTED" : "ON_HOLD");
        }
        // 27 distinct codes, one per printed order, none for the held ones
        assertThat(count("SELECT COUNT(DISTINCT c.id) FROM activation_code c JOIN customer_order o ON o.id = c.order_id "
                + "WHERE o.status = 'PRINTED' AND c.product_id = " + product.id())).isEqualTo(27);
        assertThat(count("SELECT COUNT(*) FROM activation_code c JOIN customer_order o ON o.id = c.order_id "
                + "WHERE o.status = 'ON_HOLD' AND c.product_id = " + product.id())).isZero();
        // 27 distinct, valid S10 numbers from the configured range, on the lines, shipments and register
        var tracking = lines.stream().filter(l -> l.getString("outcome").equals("PRINTED"))
                .map(l -> l.getString("trackingNumber")).toList();
        assertThat(tracking).hasSize(27).doesNotHaveDuplicates()
                .allSatisfy(t -> assertThat(TrackingNumber.isValid(t)).as(t).isTrue())
                .allSatisfy(t -> assertThat(t).startsWith("LA").endsWith("US"));
        assertThat(count("SELECT COUNT(*) FROM shipment s JOIN tracking_number t ON t.number = s.tracking_number "
                + "AND t.order_id = s.order_id WHERE s.print_run_id = " + runId)).isEqualTo(27);

        // documents: the right orders in the right order, each letter with its own order's code
        var letters = download(runId, "letters.pdf");
        var letterPages = DocumentReading.barcodes(letters, 200);
        assertThat(letterPages).as("each letter and its renewal form").hasSize(54);
        var references = new java.util.HashSet<String>();
        for (int i = 0; i < 27; i++) {
            var number = printed.get(i);
            assertThat(letterPages.get(2 * i).code128()).as("letter %d", i + 1).containsExactly(number);
            var code = codeStock.plainCodeOf(orders.byNumber(new OrderNumber(number)).orElseThrow()).orElseThrow();
            assertThat(letterPages.get(2 * i).qr()).as("letter %d", i + 1).containsExactly(code);
            // the next page, its renewal form: the reference issued to this order, and no code
            var form = letterPages.get(2 * i + 1);
            assertThat(form.qr()).as("form %d", i + 1).isEmpty();
            assertThat(form.code128()).as("form %d", i + 1).containsExactly(renewalReferenceOf(number));
            references.add(renewalReferenceOf(number));
        }
        assertThat(references).hasSize(27).allSatisfy(r -> assertThat(r).matches("RN-[0-9A-Z]{12}"));
        var labels = download(runId, "labels.pdf");
        var labelPages = DocumentReading.barcodes(labels, 203);
        assertThat(labelPages).hasSize(27);
        for (int i = 0; i < 27; i++) {
            assertThat(labelPages.get(i).code128()).as("label %d", i + 1)
                    .containsExactlyInAnyOrder(printed.get(i), tracking.get(i));
        }
        var zpl = new String(download(runId, "labels.zpl"), StandardCharsets.UTF_8);
        assertThat(zpl.split("\\^XA", -1)).hasSize(28);
        assertThat(DocumentReading.orderNumbersIn(zpl).stream().distinct().toList()).isEqualTo(printed);
        assertThat(zpl).contains(tracking.get(0), tracking.get(26));
        var sheets = download(runId, "label-sheets.pdf");
        var sheetPages = DocumentReading.pageTexts(sheets);
        assertThat(sheetPages).hasSize(14);
        for (int page = 0; page < 14; page++) {
            // two labels a sheet, in run order
            assertThat(DocumentReading.orderNumbersIn(sheetPages.get(page))).as("sheet %d", page + 1)
                    .containsOnlyElementsOf(printed.subList(2 * page, Math.min(2 * page + 2, 27)))
                    .containsAll(printed.subList(2 * page, Math.min(2 * page + 2, 27)));
        }
        var packingList = download(runId, "packing-list.pdf");
        var packingText = String.join("\n", DocumentReading.pageTexts(packingList));
        assertThat(DocumentReading.orderNumbersIn(packingText)).isEqualTo(printed);
        assertThat(packingText).contains(run.getString("name"));

        // and the same bytes on every download
        assertThat(download(runId, "letters.pdf")).isEqualTo(letters);
        assertThat(download(runId, "labels.pdf")).isEqualTo(labels);
        assertThat(download(runId, "labels.zpl")).isEqualTo(zpl.getBytes(StandardCharsets.UTF_8));
        assertThat(download(runId, "label-sheets.pdf")).isEqualTo(sheets);
        assertThat(download(runId, "packing-list.pdf")).isEqualTo(packingList);
    }

    @Test
    void aReprintGivesTheSameDocumentsRecordsWhoAndWhyAndAllocatesNoCode() throws Exception {
        var product = newProduct(ProductKind.VOUCHER, 20, 4);
        var numbers = List.of(order(product, Person.GB, "STANDARD_LETTER"), order(product, Person.JP, "TRACKED_LETTER"),
                order(product, Person.CN, "STANDARD_LETTER"));
        long runId = printRun(numbers);
        var letters = download(runId, "letters.pdf");
        var labels = download(runId, "labels.pdf");
        var codesBefore = codeIdsOf(numbers);

        assertThat(post("api/print-runs/" + runId + "/reprints", Json.createObjectBuilder().build()).statusCode())
                .as("a reprint needs a reason").isEqualTo(400);
        var reprint = post("api/print-runs/" + runId + "/reprints",
                Json.createObjectBuilder().add("reason", "Laser printer jammed").build());
        assertThat(reprint.statusCode()).as(reprint.body()).isEqualTo(201);

        assertThat(download(runId, "letters.pdf")).isEqualTo(letters);
        assertThat(download(runId, "labels.pdf")).isEqualTo(labels);
        assertThat(codeIdsOf(numbers)).isEqualTo(codesBefore);
        assertThat(count("SELECT COUNT(*) FROM activation_code WHERE status = 'AVAILABLE' AND product_id = "
                + product.id())).as("the spare code is still in stock").isEqualTo(1);
        for (var number : numbers) {
            assertThat(timeline(number, "REPRINT")).singleElement().asString()
                    .contains(staff().username()).contains("Laser printer jammed");
        }

        // one item: its own documents, recorded on its own timeline only
        var item = numbers.get(1);
        var itemReprint = post("api/print-runs/" + runId + "/items/" + item + "/reprints",
                Json.createObjectBuilder().add("reason", "Label torn").build());
        assertThat(itemReprint.statusCode()).as(itemReprint.body()).isEqualTo(201);
        var itemLetter = bytes("api/print-runs/" + runId + "/items/" + item + "/documents/letters.pdf");
        var itemPages = DocumentReading.barcodes(itemLetter, 200);
        assertThat(itemPages).as("the letter and its renewal form, the same reference as first printed").hasSize(2);
        assertThat(itemPages.get(0).code128()).containsExactly(item.value());
        assertThat(itemPages.get(1).code128()).containsExactly(renewalReferenceOf(item.value()));
        var pin = codeStock.plainCodeOf(orders.byNumber(item).orElseThrow()).orElseThrow();
        assertThat(itemPages.get(0).qr()).containsExactly(pin);
        assertThat(bytes("api/print-runs/" + runId + "/items/" + item + "/documents/letters.pdf")).isEqualTo(itemLetter);
        assertThat(timeline(item, "REPRINT")).hasSize(2).last().asString().contains("Label torn");
        assertThat(audit.search(item.value(), com.renewalpost.fulfilment.staff.AuditAction.REPRINT, 0, 10))
                .singleElement().satisfies(e -> assertThat(e.detail()).contains("Label torn"));
        assertThat(timeline(numbers.get(0), "REPRINT")).hasSize(1);
        assertThat(codeIdsOf(numbers)).isEqualTo(codesBefore);

        var view = json(get("api/print-runs/" + runId).body()).getJsonObject("run");
        assertThat(view.getJsonArray("reprints").getValuesAs(JsonObject.class))
                .extracting(r -> r.getString("reason")).containsExactly("Laser printer jammed", "Label torn");

        // once a letter is packed, the whole run is not reprinted, nor that letter
        packPair("reprint-station", item.value(), item.value());
        var refused = post("api/print-runs/" + runId + "/reprints",
                Json.createObjectBuilder().add("reason", "again").build());
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(json(refused.body()).getString("detail")).contains(item.value());
        assertThat(post("api/print-runs/" + runId + "/items/" + item + "/reprints",
                Json.createObjectBuilder().add("reason", "again").build()).statusCode()).isEqualTo(409);
    }

    @Test
    void aScannedRenewalFormMakesTheSameOrderAsKeyingItAndAnUnknownOneIsRefused() throws Exception {
        var product = newProduct(ProductKind.ESIM_PROFILE, 20, 2);
        var first = order(product, Person.CN, "STANDARD_LETTER", 20);
        printRun(List.of(first));
        var reference = renewalReferenceOf(first.value());

        // the scanner types the reference (any case, a trailing newline): the order it asks for comes back
        var scanned = get("api/renewal-forms/" + reference.toLowerCase(java.util.Locale.ROOT) + "%0A");
        assertThat(scanned.statusCode()).as(scanned.body()).isEqualTo(200);
        var request = json(scanned.body());
        var previous = orders.byNumber(first).orElseThrow();
        assertThat(request.getString("customerName")).isEqualTo("王小明");
        assertThat(request.getString("customerNameLatin")).isEqualTo("Wang Xiaoming");
        assertThat(request.getString("iccid")).isEqualTo(previous.line().iccid());
        assertThat(request.getString("productSku")).isEqualTo(product.sku());
        assertThat(request.getString("channel")).isEqualTo("POST");
        // the plan runs on from the expiry the customer gave by the card just sent
        assertThat(request.getString("planExpiresOn"))
                .isEqualTo(previous.planExpiresOn().orElseThrow().plusDays(product.planDays()).toString());

        // staff add the payment from the envelope and save: the same order as one keyed by hand
        var scannedOrder = Json.createObjectBuilder(request).add("externalReference", "SCAN-" + UUID.randomUUID())
                .add("payment", Json.createObjectBuilder().add("method", "MONEY_ORDER").add("reference", "MO-1")
                        .add("amount", 29).add("currency", "USD")).build();
        var keyed = Json.createObjectBuilder(scannedOrder).add("externalReference", "KEYED-" + UUID.randomUUID())
                .add("customerName", "王小明").add("customerNameLatin", "Wang Xiaoming").add("email", "customer@example.com")
                .add("language", "zh-Hans").add("address", Json.createObjectBuilder()
                        .add("streetLines", Json.createArrayBuilder().add("No. 18 Zhongguancun Street"))
                        .add("dependentLocality", "Haidian District").add("city", "Beijing").add("region", "Beijing")
                        .add("postcode", "100080").add("country", "CN"))
                .add("iccid", previous.line().iccid()).add("productSku", product.sku())
                .add("postalService", "STANDARD_LETTER").build();
        var fromScan = post("api/orders", scannedOrder);
        var fromKeys = post("api/orders", keyed);
        assertThat(fromScan.statusCode()).as(fromScan.body()).isEqualTo(201);
        assertThat(fromKeys.statusCode()).as(fromKeys.body()).isEqualTo(201);
        var a = orders.byNumber(new OrderNumber(json(fromScan.body()).getString("number"))).orElseThrow();
        var b = orders.byNumber(new OrderNumber(json(fromKeys.body()).getString("number"))).orElseThrow();
        assertThat(List.of(a.customer().name(), a.customer().nameLatin(), a.customer().email(), a.customer().language(),
                a.address().toPostalAddress(a.customer().name()), a.line().iccid(), a.product().sku(),
                a.planExpiresOn().orElseThrow(), a.postalService(), a.channel()))
                .isEqualTo(List.of(b.customer().name(), b.customer().nameLatin(), b.customer().email(),
                        b.customer().language(), b.address().toPostalAddress(b.customer().name()), b.line().iccid(),
                        b.product().sku(), b.planExpiresOn().orElseThrow(), b.postalService(), b.channel()));

        for (var unknown : List.of("RN-000000000000", "RN-7K3M9Q2XW4T", "' OR 1=1 --", "x".repeat(500))) {
            var refused = get("api/renewal-forms/" + java.net.URLEncoder.encode(unknown, StandardCharsets.UTF_8)
                    .replace("+", "%20"));
            assertThat(refused.statusCode()).as(unknown).isEqualTo(404);
            assertThat(refused.body()).as(unknown).contains("reference");
        }
    }

    @Test
    void aSelectionIsExactlyOneOfListNextOrAllReadyAndIsChecked() throws Exception {
        // the queue starts empty: orders other classes left in it (the demo's among them) are printed first
        assertThat(post("api/print-runs", Json.createObjectBuilder().add("allReady", true).build()).statusCode())
                .isIn(201, 409);
        var product = newProduct(ProductKind.ESIM_PROFILE, 20, 10);
        // the most urgent in the queue: the plan runs out soonest
        var urgent = List.of(order(product, Person.JP, "STANDARD_LETTER", 20), order(product, Person.GB,
                "STANDARD_LETTER", 21));
        var later = order(product, Person.AU, "STANDARD_LETTER", 90);

        var both = post("api/print-runs", Json.createObjectBuilder().add("next", 2).add("allReady", true).build());
        assertThat(both.statusCode()).isEqualTo(400);
        var typo = urgent.get(0).value().substring(0, 11) + (urgent.get(0).value().endsWith("A") ? "B" : "A");
        var misread = post("api/print-runs", Json.createObjectBuilder()
                .add("orderNumbers", Json.createArrayBuilder().add(typo)).build());
        assertThat(misread.statusCode()).isEqualTo(400);
        assertThat(misread.body()).contains("orderNumbers[0]", "check character");

        var next = json(post("api/print-runs", Json.createObjectBuilder().add("next", 2).build()).body())
                .getJsonObject("run");
        assertThat(next.getJsonArray("lines").getValuesAs(JsonObject.class)).extracting(l -> l.getString("orderNumber"))
                .containsExactly(urgent.get(0).value(), urgent.get(1).value());
        assertThat(next.getString("selection")).contains("next 2");
        assertThat(orders.byNumber(later).orElseThrow().status().name()).isEqualTo("QUEUED");

        var all = post("api/print-runs", Json.createObjectBuilder().add("allReady", true).build());
        assertThat(all.statusCode()).as(all.body()).isEqualTo(201);
        assertThat(orders.byNumber(later).orElseThrow().status().name()).isEqualTo("PRINTED");
        var nothing = post("api/print-runs", Json.createObjectBuilder().add("allReady", true).build());
        assertThat(nothing.statusCode()).isEqualTo(409);
        assertThat(json(nothing.body()).getString("type")).isEqualTo("/problems/nothing-to-print");
    }

    @Test
    void whenTheRangesAreUsedUpTheOrderIsHeldWithoutTakingACodeAndTheRangeIsReportedLow() throws Exception {
        var product = newProduct(ProductKind.ESIM_PROFILE, 20, 3);
        // make sure the range's cursor exists, then move it to its last number
        printRun(List.of(order(product, Person.JP, "TRACKED_LETTER")));
        long saved = count("SELECT next_serial FROM s10_range WHERE service_indicator = 'LA'");
        update("UPDATE s10_range SET next_serial = last_serial WHERE service_indicator = 'LA'");
        try {
            var numbers = List.of(order(product, Person.GB, "TRACKED_LETTER"), order(product, Person.CN, "TRACKED_LETTER"),
                    order(product, Person.US, "TRACKED_LETTER"));
            var run = json(post("api/print-runs", Json.createObjectBuilder().add("orderNumbers", array(numbers))
                    .build()).body()).getJsonObject("run");

            assertThat(run.getInt("printed")).isEqualTo(1);
            var lines = run.getJsonArray("lines").getValuesAs(JsonObject.class);
            assertThat(lines.get(0).getString("outcome")).isEqualTo("PRINTED");
            assertThat(lines.get(0).getString("trackingNumber")).isEqualTo(TrackingNumber.of("LA", 10000999, "US").value());
            var held = lines.get(1);
            assertThat(held.getString("outcome")).isEqualTo("HELD");
            assertThat(held.getString("reason")).contains("No S10 tracking numbers left for Tracked letter");
            assertThat(orders.byNumber(numbers.get(1)).orElseThrow().holdReason()).get().asString()
                    .contains("No S10 tracking numbers left");
            assertThat(count("SELECT COUNT(*) FROM activation_code c JOIN customer_order o ON o.id = c.order_id "
                    + "WHERE o.order_number = '" + numbers.get(1) + "'")).as("its code went back").isZero();
            assertThat(lines.get(2).getString("outcome")).isEqualTo("HELD");
            assertThat(count("SELECT COUNT(*) FROM activation_code WHERE status = 'AVAILABLE' AND product_id = "
                    + product.id())).isEqualTo(1);
            assertThat(run.getJsonArray("warnings").toString()).contains("Only 0 S10 numbers left for Tracked letter");
            var ranges = json("{\"r\":" + get("api/s10-ranges").body() + "}").getJsonArray("r")
                    .getValuesAs(JsonObject.class);
            assertThat(ranges).singleElement().satisfies(r -> {
                assertThat(r.getInt("remaining")).isZero();
                assertThat(r.getBoolean("low")).isTrue();
            });
        } finally {
            update("UPDATE s10_range SET next_serial = " + saved + " WHERE service_indicator = 'LA'");
        }
        var ranges = get("api/s10-ranges").body();
        assertThat(ranges).contains("\"low\":false");
    }

    // ---- packing ----

    @Test
    void packingPairsLettersWithTheirLabelsAndRefusesSwapsMisreadsAndRepeats() throws Exception {
        var product = newProduct(ProductKind.ESIM_PROFILE, 20, 3);
        var a = order(product, Person.JP, "TRACKED_LETTER");
        var b = order(product, Person.GB, "TRACKED_LETTER");
        var c = order(product, Person.AU, "TRACKED_LETTER");
        var notPrinted = order(newProduct(ProductKind.ESIM_PROFILE, 20, 0), Person.CN, "STANDARD_LETTER");
        long runId = printRun(List.of(a, b, c));
        var trackingOfA = shipmentTracking(a);

        // letter, then the label's tracking number: packed
        assertThat(scan("bench-1", a.value()).getString("state")).isEqualTo("AWAITING_LABEL");
        var packed = scan("bench-1", trackingOfA);
        assertThat(packed.getString("state")).isEqualTo("PACKED");
        assertThat(orders.byNumber(a).orElseThrow().status().name()).isEqualTo("PACKED");

        // a swapped pair: refused loudly, recorded, nothing packed, the station starts again
        scan("bench-1", b.value());
        var swapped = scanResponse("bench-1", c.value());
        assertThat(swapped.statusCode()).isEqualTo(409);
        assertThat(json(swapped.body()).getString("type")).isEqualTo("/problems/scan-mismatch");
        assertThat(json(swapped.body()).getString("detail")).contains(b.value(), c.value(), "NOTHING WAS PACKED");
        assertThat(orders.byNumber(b).orElseThrow().status().name()).isEqualTo("PRINTED");
        assertThat(orders.byNumber(c).orElseThrow().status().name()).isEqualTo("PRINTED");
        assertThat(json(get("api/packing/stations/bench-1").body()).getString("state")).isEqualTo("AWAITING_LETTER");

        // a misread label fails its check character; the letter keeps waiting for a clean scan
        scan("bench-1", b.value());
        var misread = scanResponse("bench-1", corrupt(b.value()));
        assertThat(misread.statusCode()).isEqualTo(422);
        assertThat(json(misread.body()).getString("type")).isEqualTo("/problems/misread-scan");
        assertThat(json(get("api/packing/stations/bench-1").body()).getString("pendingOrder")).isEqualTo(b.value());
        assertThat(scan("bench-1", b.value()).getString("state")).isEqualTo("PACKED");
        // a misread tracking number too
        scan("bench-1", c.value());
        var badDigit = shipmentTracking(c);
        badDigit = badDigit.substring(0, 10) + ((badDigit.charAt(10) - '0' + 1) % 10) + badDigit.substring(11);
        assertThat(scanResponse("bench-1", badDigit).statusCode()).isEqualTo(422);
        assertThat(scanResponse("bench-1", "").statusCode()).isEqualTo(422);
        assertThat(json(get("api/packing/stations/bench-1").body()).getString("pendingOrder")).isEqualTo(c.value());
        assertThat(delete("api/packing/stations/bench-1/pending").statusCode()).isEqualTo(200);

        // packing twice, an order never printed, a label before its letter: clear errors
        var twice = scanResponse("bench-1", a.value());
        assertThat(twice.statusCode()).isEqualTo(409);
        assertThat(json(twice.body()).getString("type")).isEqualTo("/problems/already-packed");
        var queued = scanResponse("bench-1", notPrinted.value());
        assertThat(queued.statusCode()).isEqualTo(409);
        assertThat(json(queued.body()).getString("type")).isEqualTo("/problems/not-printed");
        assertThat(json(scanResponse("bench-1", trackingOfA).body()).getString("type"))
                .isEqualTo("/problems/scan-letter-first");
        assertThat(scanResponse("bench-1", corrupt(c.value())).statusCode()).isEqualTo(422);

        // a mismatch at another station is recorded there
        scan("bench-2", c.value());
        assertThat(scanResponse("bench-2", trackingOfA).statusCode()).isEqualTo(409);
        assertThat(orders.byNumber(c).orElseThrow().status().name()).isEqualTo("PRINTED");

        var run = json(get("api/print-runs/" + runId).body()).getJsonObject("run");
        assertThat(run.getInt("mismatches")).isEqualTo(2);
        assertThat(run.getJsonObject("mismatchesByStation").getInt("bench-1")).isEqualTo(1);
        assertThat(run.getJsonObject("mismatchesByStation").getInt("bench-2")).isEqualTo(1);
        var counts = json(get("api/packing/stations/bench-1").body()).getJsonObject("counts");
        assertThat(counts.getInt("PACKED")).isEqualTo(2);
        assertThat(counts.getInt("MISMATCH")).isEqualTo(1);
        assertThat(counts.getInt("MISREAD")).isEqualTo(4);
        var mismatches = json("{\"e\":" + get("api/packing/events?run=" + runId + "&kind=MISMATCH").body() + "}")
                .getJsonArray("e").getValuesAs(JsonObject.class);
        assertThat(mismatches).extracting(e -> e.getString("station")).containsExactlyInAnyOrder("bench-1", "bench-2");
        assertThat(mismatches).extracting(e -> e.getString("labelScan")).containsExactlyInAnyOrder(c.value(), trackingOfA);
    }

    @Test
    void aPrePrintedTrackingLabelIsAttachedOnceValidatedAndPacksLikeOurOwn() throws Exception {
        var product = newProduct(ProductKind.VOUCHER, 20, 2);
        var first = order(product, Person.GB, "REGISTERED_LETTER");
        var second = order(product, Person.JP, "REGISTERED_LETTER");
        long runId = printRun(List.of(first, second));
        var lines = json(get("api/print-runs/" + runId).body()).getJsonObject("run").getJsonArray("lines")
                .getValuesAs(JsonObject.class);
        assertThat(lines).allSatisfy(l -> assertThat(l.containsKey("trackingNumber")).as("no R range configured")
                .isFalse());

        var label = TrackingNumber.of("RR", 47312482, "US").value();
        var wrongDigit = label.substring(0, 10) + "0" + label.substring(11);
        assertThat(attach(first, wrongDigit).statusCode()).isEqualTo(422);
        assertThat(attach(first, TrackingNumber.of("LA", 47312482, "US").value()).statusCode()).isEqualTo(422);

        // a tracked item without its label is refused at packing already, saying what to do, and cannot be posted
        var refused = scanResponse("bench-3", first.value());
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(json(refused.body()).getString("type")).isEqualTo("/problems/tracking-label-needed");
        assertThat(json(refused.body()).getString("detail")).contains("no tracking number yet", "attach it");
        long dispatch = openDispatch();
        var missing = post("api/dispatches/" + dispatch + "/items", scanBody(first.value()));
        assertThat(missing.statusCode()).isEqualTo(409);
        assertThat(json(missing.body()).getString("type")).isEqualTo("/problems/not-packed");

        var attached = attach(first, label.toLowerCase());
        assertThat(attached.statusCode()).as(attached.body()).isEqualTo(200);
        assertThat(json(attached.body()).getString("trackingNumber")).isEqualTo(label);
        assertThat(attach(first, label).statusCode()).as("the same label again changes nothing").isEqualTo(200);
        assertThat(json(attach(second, label).body()).getString("type")).isEqualTo("/problems/tracking-number-in-use");
        var other = TrackingNumber.of("RR", 47312483, "US").value();
        assertThat(json(attach(first, other).body()).getString("type")).isEqualTo("/problems/already-tracked");

        // the pre-printed label packs like our own, and the item can now be posted by it
        packPair("bench-3", first.value(), label);
        attach(second, other);
        scan("bench-3", second.value());
        assertThat(scan("bench-3", other).getString("state")).isEqualTo("PACKED");
        assertThat(post("api/dispatches/" + dispatch + "/items", scanBody(label)).statusCode()).isEqualTo(201);
        assertThat(json(get("api/dispatches/" + dispatch).body()).getJsonArray("items").getValuesAs(JsonObject.class))
                .extracting(i -> i.getString("trackingNumber")).containsExactly(label);
        assertThat(count("SELECT COUNT(*) FROM tracking_number WHERE number = '" + label + "' AND source = 'PRE_PRINTED'"))
                .isEqualTo(1);
    }

    // ---- service choice by deadline ----

    @Test
    void aLateLetterIsProposedAFasterServiceWhichTheWarehouseConfirmsAndItsLabelAndPostageFollow() throws Exception {
        var product = newProduct(ProductKind.ESIM_PROFILE, 20, 3);
        // France as V32 seeds it: the letter post slower than a tracked letter, registered between them
        int letter = standards.transitDays("FR", PostalService.STANDARD_LETTER);
        int tracked = standards.transitDays("FR", PostalService.TRACKED_LETTER);
        int margin = timetable.marginDays();
        assertThat(tracked).as("a tracked letter is faster than the letter post").isLessThan(letter - 1);
        // posting deadline = expiry - standard - margin: tracked by tomorrow, the letter post days ago
        var late = order(product, Person.FR, "STANDARD_LETTER", tracked + margin + 1);
        var hopeless = order(product, Person.FR, "STANDARD_LETTER", tracked + margin - 1);
        var inTime = order(product, Person.FR, "STANDARD_LETTER", letter + margin + 3);
        var letterPrice = quote("STANDARD_LETTER", "FR", 20);
        var trackedPrice = quote("TRACKED_LETTER", "FR", 20);

        var queue = queueEntries();
        var proposal = queue.get(late.value());
        assertThat(proposal.getBoolean("atRisk")).isTrue();
        assertThat(proposal.getString("proposedService")).isEqualTo("TRACKED_LETTER");
        assertThat(proposal.getInt("proposedTransitDays")).isEqualTo(tracked);
        assertThat(proposal.getString("proposedLatestPostingDate")).isEqualTo(LocalDate.now().plusDays(1).toString());
        assertThat(proposal.getJsonNumber("proposedPostage").bigDecimalValue()).isEqualByComparingTo(trackedPrice);
        assertThat(proposal.getJsonNumber("extraPostage").bigDecimalValue())
                .isEqualByComparingTo(trackedPrice.subtract(letterPrice));
        assertThat(proposal.getString("postageCurrency")).isEqualTo("USD");
        assertThat(proposal.getBoolean("noServiceInTime")).isFalse();
        assertThat(queue.get(hopeless.value()).getBoolean("noServiceInTime")).isTrue();
        assertThat(queue.get(hopeless.value()).containsKey("proposedService")).as("nothing to propose").isFalse();
        assertThat(queue.get(inTime.value()).getBoolean("atRisk")).isFalse();
        assertThat(queue.get(inTime.value()).containsKey("proposedService")).isFalse();
        assertThat(queue.get(inTime.value()).getBoolean("noServiceInTime")).isFalse();

        // refused: no or an unknown service (400), another service than proposed, or no proposal (409), no order (404)
        var path = "api/queue/" + late.value() + "/service";
        assertThat(post(path, Json.createObjectBuilder().add("service", "CARRIER_PIGEON").build()).statusCode())
                .isEqualTo(400);
        var none = post(path, Json.createObjectBuilder().build());
        assertThat(none.statusCode()).isEqualTo(400);
        assertThat(json(none.body()).getString("type")).isEqualTo("/problems/invalid-service");
        assertThat(none.body()).contains("\"service\"");
        var other = post(path, service("REGISTERED_LETTER"));
        assertThat(other.statusCode()).as(other.body()).isEqualTo(409);
        assertThat(json(other.body()).getString("type")).isEqualTo("/problems/no-service-proposed");
        assertThat(post("api/queue/" + inTime.value() + "/service", service("TRACKED_LETTER")).statusCode())
                .isEqualTo(409);
        assertThat(post("api/queue/" + hopeless.value() + "/service", service("TRACKED_LETTER")).statusCode())
                .isEqualTo(409);
        assertThat(post("api/queue/" + corrupt(late.value()) + "/service", service("TRACKED_LETTER")).statusCode())
                .isEqualTo(404);
        assertThat(orders.byNumber(late).orElseThrow().postalService()).isEqualTo(PostalService.STANDARD_LETTER);

        var confirmed = post(path, service("tracked_letter"));
        assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(200);
        var change = json(confirmed.body());
        assertThat(change.getString("previousService")).isEqualTo("STANDARD_LETTER");
        assertThat(change.getString("postalService")).isEqualTo("TRACKED_LETTER");
        assertThat(change.getString("confirmedBy")).isEqualTo(staff().username());
        assertThat(change.getJsonNumber("extraPostage").bigDecimalValue())
                .isEqualByComparingTo(trackedPrice.subtract(letterPrice));
        assertThat(orders.byNumber(late).orElseThrow().postalService()).isEqualTo(PostalService.TRACKED_LETTER);
        assertThat(timeline(late, "CHANGE")).singleElement().asString()
                .startsWith(staff().username() + ": Service changed from Letter post to Tracked letter")
                .contains("post by " + LocalDate.now().plusDays(1), trackedPrice.setScale(2).toPlainString() + " USD");
        var after = queueEntries().get(late.value());
        assertThat(after.getString("postalService")).isEqualTo("TRACKED_LETTER");
        assertThat(after.getBoolean("atRisk")).isFalse();
        assertThat(after.containsKey("proposedService")).isFalse();
        assertThat(post(path, service("TRACKED_LETTER")).statusCode()).as("confirmed once").isEqualTo(409);
        var iccid = orders.byNumber(late).orElseThrow().line().iccid();
        var line = get("api/lines/" + iccid);
        assertThat(line.statusCode()).as(line.body()).isEqualTo(200);
        assertThat(json(line.body()).getJsonObject("line").getString("postalService"))
                .as("the customer's renewals keep the service they ordered").isEqualTo("STANDARD_LETTER");

        // printed with a tracking number of the tracked range, packed, posted at the tracked letter's postage
        printRun(List.of(late));
        var tracking = shipmentTracking(late);
        assertThat(tracking).startsWith("LA");
        assertThat(count("SELECT COUNT(*) FROM shipment s JOIN customer_order o ON o.id = s.order_id WHERE "
                + "o.order_number = '" + late.value() + "' AND s.postal_service = 'TRACKED_LETTER'")).isEqualTo(1);
        packPair("bench-9", late.value(), tracking);
        long dispatch = openDispatch();
        assertThat(post("api/dispatches/" + dispatch + "/items", scanBody(late.value())).statusCode()).isEqualTo(201);
        var closed = post("api/dispatches/" + dispatch + "/close", null);
        assertThat(closed.statusCode()).as(closed.body()).isEqualTo(200);
        var item = json(closed.body()).getJsonArray("items").getValuesAs(JsonObject.class).get(0);
        assertThat(item.getString("service")).isEqualTo("TRACKED_LETTER");
        assertThat(item.getJsonNumber("postage").bigDecimalValue()).isEqualByComparingTo(trackedPrice);
        assertThat(post("api/queue/" + late.value() + "/service", service("TRACKED_LETTER")).statusCode())
                .as("posted: no longer in the queue").isEqualTo(409);
    }

    /** The queue's first 500 entries by order number. */
    private Map<String, JsonObject> queueEntries() throws Exception {
        var response = get("api/queue?size=500");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Json.createReader(new StringReader(response.body())).readArray().getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(e -> e.getString("number"), e -> e));
    }

    private BigDecimal quote(String service, String country, int grams) throws Exception {
        var response = get("api/postage/quote?service=" + service + "&country=" + country + "&weight=" + grams);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json(response.body()).getJsonNumber("price").bigDecimalValue();
    }

    private static JsonObject service(String name) {
        return Json.createObjectBuilder().add("service", name).build();
    }

    // ---- postage and dispatch ----

    @Test
    void aClosedDispatchPostsItsItemsWithPostageTotalsThatAreTheSumOfItsItems() throws Exception {
        // a zone and tariff of this test's own, so the expected prices are known here
        var zone = "ITZ" + Long.toString(System.nanoTime() % 100000);
        var today = LocalDate.now();
        // a new zone comes into being with its rates; then a country is put in it
        var tariff = post("api/postage/tariffs", Json.createObjectBuilder()
                .add("effectiveFrom", today.toString()).add("description", "Test tariff " + zone)
                .add("rates", Json.createArrayBuilder()
                        .add(rate("TRACKED_LETTER", zone, 28, "4.10"))
                        .add(rate("TRACKED_LETTER", zone, 56, "6.20"))).build());
        assertThat(tariff.statusCode()).as(tariff.body()).isEqualTo(201);
        assertThat(put("api/postage/zones/NZ", Json.createObjectBuilder().add("zone", zone).build()).statusCode())
                .isEqualTo(200);

        var light = newProduct(ProductKind.ESIM_PROFILE, 28, 4);
        var heavy = newProduct(ProductKind.VOUCHER, 29, 1);
        var numbers = List.of(order(light, Person.NZ, "TRACKED_LETTER"), order(light, Person.NZ, "TRACKED_LETTER"),
                order(light, Person.NZ, "TRACKED_LETTER"), order(heavy, Person.NZ, "TRACKED_LETTER"));
        var unpacked = order(light, Person.JP, "STANDARD_LETTER");
        printRun(List.of(numbers.get(0), numbers.get(1), numbers.get(2), numbers.get(3)));
        printRun(List.of(unpacked));
        for (var number : numbers) {
            packPair("bench-4", number.value(), shipmentTracking(number));
        }

        long dispatch = openDispatch();
        // by order number or by tracking number
        for (int i = 0; i < numbers.size(); i++) {
            var code = i % 2 == 0 ? numbers.get(i).value() : shipmentTracking(numbers.get(i));
            var added = post("api/dispatches/" + dispatch + "/items", scanBody(code));
            assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        }
        assertThat(json(post("api/dispatches/" + dispatch + "/items", scanBody(numbers.get(0).value())).body())
                .getString("type")).isEqualTo("/problems/already-dispatched");
        assertThat(json(post("api/dispatches/" + dispatch + "/items", scanBody(unpacked.value())).body())
                .getString("type")).isEqualTo("/problems/not-packed");
        long otherDispatch = openDispatch();
        assertThat(json(post("api/dispatches/" + otherDispatch + "/items", scanBody(numbers.get(1).value())).body())
                .getString("type")).as("an item belongs to one dispatch only").isEqualTo("/problems/already-dispatched");

        var open = json(get("api/dispatches/" + dispatch).body());
        assertThat(open.getString("status")).isEqualTo("OPEN");
        assertThat(totalOf(open)).isEqualByComparingTo("18.50"); // 3 x 4.10 (28 g) + 6.20 (29 g)

        var close = post("api/dispatches/" + dispatch + "/close", null);
        assertThat(close.statusCode()).as(close.body()).isEqualTo(200);
        var closed = json(close.body());
        assertThat(closed.getString("status")).isEqualTo("CLOSED");
        var items = closed.getJsonArray("items").getValuesAs(JsonObject.class);
        assertThat(items).extracting(i -> i.getString("orderNumber"))
                .containsExactlyElementsOf(numbers.stream().map(OrderNumber::value).toList());
        assertThat(items).extracting(i -> i.getJsonNumber("postage").bigDecimalValue().toPlainString())
                .containsExactly("4.10", "4.10", "4.10", "6.20");
        var sum = items.stream().map(i -> i.getJsonNumber("postage").bigDecimalValue()).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(totalOf(closed)).isEqualByComparingTo(sum).isEqualByComparingTo("18.50");
        for (var number : numbers) {
            assertThat(orders.byNumber(number).orElseThrow().status().name()).isEqualTo("POSTED");
        }
        assertThat(count("SELECT COUNT(*) FROM shipment WHERE dispatch_id = " + dispatch + " AND posted_on = DATE '"
                + today + "' AND postage_amount IS NOT NULL")).isEqualTo(4);

        // a closed dispatch never changes
        var again = post("api/dispatches/" + dispatch + "/close", null);
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(json(again.body()).getString("type")).isEqualTo("/problems/dispatch-closed");
        assertThat(delete("api/dispatches/" + dispatch + "/items/" + numbers.get(0)).statusCode()).isEqualTo(409);
        assertThat(put("api/dispatches/" + dispatch + "/items/" + numbers.get(0) + "/postage",
                Json.createObjectBuilder().add("amount", 1).add("currency", "USD").add("reason", "x").build())
                .statusCode()).isEqualTo(409);

        // the manifest: every item, the total, the same bytes each time; and as CSV
        var manifest = bytes("api/dispatches/" + dispatch + "/manifest.pdf");
        var manifestText = String.join("\n", DocumentReading.pageTexts(manifest));
        assertThat(DocumentReading.orderNumbersIn(manifestText))
                .containsExactlyElementsOf(numbers.stream().map(OrderNumber::value).toList());
        assertThat(manifestText).contains("POSTING MANIFEST", "18.50 USD", "Weehawken");
        assertThat(bytes("api/dispatches/" + dispatch + "/manifest.pdf")).isEqualTo(manifest);
        var csv = new String(bytes("api/dispatches/" + dispatch + "/manifest.csv"), StandardCharsets.UTF_8)
                .strip().split("\r?\n");
        assertThat(csv).hasSize(5);
        assertThat(csv[0]).startsWith("position,tracking_number,order_number");
        assertThat(java.util.Arrays.stream(csv).skip(1).map(l -> new BigDecimal(l.split(",")[6]))
                .reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("18.50");
        assertThat(get("api/dispatches/" + otherDispatch + "/manifest.pdf").statusCode())
                .as("an open dispatch has no manifest yet").isEqualTo(409);

        // the ledger has them
        var ledger = json("{\"l\":" + get("api/postage/ledger?from=" + today + "&to=" + today).body() + "}")
                .getJsonArray("l").getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getString("zone").equals(zone)).toList();
        assertThat(ledger).hasSize(4);
        var totals = get("api/postage/ledger/totals?from=" + today + "&to=" + today + "&by=DESTINATION").body();
        assertThat(totals).contains("\"group\":\"NZ\"");
        assertThat(new String(bytes("api/postage/ledger.csv?from=" + today + "&to=" + today), StandardCharsets.UTF_8))
                .contains(numbers.get(3).value() + ",");
    }

    @Test
    void aNewTariffPricesLaterPostingsAndLeavesEarlierPostageAsItWas() throws Exception {
        var zone = "ITZ" + Long.toString(System.nanoTime() % 100000) + "F";
        var today = LocalDate.now();
        assertThat(post("api/postage/tariffs", tariffBody(today, zone, "2.00")).statusCode()).isEqualTo(201);
        put("api/postage/zones/FR", Json.createObjectBuilder().add("zone", zone).build());
        assertThat(audit.search("zone of FR", com.renewalpost.fulfilment.staff.AuditAction.TARIFF_CHANGED, 0, 10))
                .as("zone and tariff changes are audited").isNotEmpty();
        var past = post("api/postage/tariffs", tariffBody(today.minusDays(1), zone, "1.00"));
        assertThat(past.statusCode()).isEqualTo(400);
        assertThat(past.body()).contains("effectiveFrom");

        var product = newProduct(ProductKind.VOUCHER, 20, 3);
        var numbers = List.of(order(product, Person.FR, "STANDARD_LETTER"), order(product, Person.FR, "STANDARD_LETTER"),
                order(product, Person.FR, "STANDARD_LETTER"));
        printRun(numbers);
        for (var number : numbers) {
            packPair("bench-5", number.value(), number.value());
        }

        long first = openDispatch();
        post("api/dispatches/" + first + "/items", scanBody(numbers.get(0).value()));
        assertThat(totalOf(json(post("api/dispatches/" + first + "/close", null).body()))).isEqualByComparingTo("2.00");

        assertThat(post("api/postage/tariffs", tariffBody(today, zone, "2.75")).statusCode()).isEqualTo(201);
        assertThat(json(get("api/postage/quote?service=STANDARD_LETTER&country=FR&weight=20").body())
                .getJsonNumber("price").bigDecimalValue()).isEqualByComparingTo("2.75");

        long second = openDispatch();
        post("api/dispatches/" + second + "/items", scanBody(numbers.get(1).value()));
        post("api/dispatches/" + second + "/items", scanBody(numbers.get(2).value()));
        var override = put("api/dispatches/" + second + "/items/" + numbers.get(2) + "/postage",
                Json.createObjectBuilder().add("amount", new BigDecimal("1.10")).add("currency", "USD")
                        .add("reason", "Posted as a large letter by mistake, refunded").build());
        assertThat(override.statusCode()).as(override.body()).isEqualTo(200);
        var closed = json(post("api/dispatches/" + second + "/close", null).body());
        assertThat(closed.getJsonArray("items").getValuesAs(JsonObject.class))
                .extracting(i -> i.getJsonNumber("postage").bigDecimalValue().toPlainString(),
                        i -> i.getString("postageSource"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("2.75", "TARIFF"),
                        org.assertj.core.groups.Tuple.tuple("1.10", "OVERRIDE"));
        assertThat(totalOf(closed)).isEqualByComparingTo("3.85");

        // the first dispatch kept its postage
        var earlier = json(get("api/dispatches/" + first).body());
        assertThat(earlier.getJsonArray("items").getJsonObject(0).getJsonNumber("postage").bigDecimalValue())
                .isEqualByComparingTo("2.00");
        assertThat(totalOf(earlier)).isEqualByComparingTo("2.00");
        var ledger = json("{\"l\":" + get("api/postage/ledger?from=" + today + "&to=" + today).body() + "}")
                .getJsonArray("l").getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getString("zone").equals(zone))
                .collect(Collectors.toMap(e -> e.getString("orderNumber"), e -> e.getJsonNumber("postage")
                        .bigDecimalValue().toPlainString()));
        assertThat(ledger).containsExactlyInAnyOrderEntriesOf(Map.of(numbers.get(0).value(), "2.00",
                numbers.get(1).value(), "2.75", numbers.get(2).value(), "1.10"));
    }

    @Test
    void theMigrationSeedsZonesAndAnExampleTariff() throws Exception {
        var quote = get("api/postage/quote?service=TRACKED_LETTER&country=DE&weight=20");
        assertThat(quote.statusCode()).as(quote.body()).isEqualTo(200);
        var body = json(quote.body());
        assertThat(body.getString("zone")).isEqualTo("EUROPE");
        assertThat(body.getJsonNumber("price").bigDecimalValue()).isEqualByComparingTo("9.60");
        assertThat(body.getInt("bandMaxWeightGrams")).isEqualTo(28);
        assertThat(json(get("api/postage/quote?service=STANDARD_LETTER&country=AR&weight=57").body())
                .getString("zone")).as("unlisted countries").isEqualTo("REST_OF_WORLD");
        assertThat(get("api/postage/quote?service=STANDARD_LETTER&country=DE&weight=100").statusCode()).isEqualTo(404);
        assertThat(count("SELECT COUNT(*) FROM postage_rate WHERE tariff_id = 1")).isEqualTo(54);
    }

    @Test
    void theWarehouseEndpointsAreInTheApiDocument() throws Exception {
        var openapi = staff().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + base.getPort() + "/openapi"))
                .header("Accept", "application/json").GET());
        assertThat(openapi.statusCode()).isEqualTo(200);
        var paths = json(openapi.body()).getJsonObject("paths").keySet();
        assertThat(paths).contains("/api/print-runs", "/api/print-runs/{id}/documents/{file}",
                "/api/print-runs/{id}/items/{number}/reprints", "/api/s10-ranges",
                "/api/packing/stations/{station}/scans", "/api/packing/stations/{station}/tracking-labels",
                "/api/dispatches/{id}/close", "/api/dispatches/{id}/manifest.pdf", "/api/postage/tariffs",
                "/api/postage/ledger.csv", "/api/queue/{number}/service");
    }

    // ---- SGP.22 confirmation codes ----

    /**
     * A code that asks for a confirmation code is imported with it (rows without it, or with one the code does not ask
     * for, refused by line), kept from an order without an email address, printed without it (the letter says it comes
     * by email) and, when the dispatch is closed, the confirmation code alone is emailed in the customer's language.
     * Neither it nor the code reaches the server's log.
     */
    @Test
    void aConfirmationCodeIsImportedWithItsCodeAndEmailedWhenTheLetterIsPostedNeverLogged() throws Exception {
        TestMailServer.ensureRunning();
        var logged = new StringBuilder();
        var capture = new java.util.logging.Handler() {
            @Override
            public void publish(java.util.logging.LogRecord record) {
                synchronized (logged) {
                    logged.append(new java.util.logging.SimpleFormatter().format(record)).append('\n');
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        var root = java.util.logging.Logger.getLogger("");
        root.addHandler(capture);
        List<String> secrets = new ArrayList<>();
        try {
            var product = newProduct(ProductKind.ESIM_PROFILE, 20, 0);
            var random = java.util.concurrent.ThreadLocalRandom.current();
            java.util.function.Supplier<String> code = () -> "LPA:1$SMDP.CONFIRM-TEST.NET$" + UUID.randomUUID().toString()
                    .substring(0, 23).toUpperCase(java.util.Locale.ROOT);
            java.util.function.Supplier<String> confirmation = () -> String.valueOf(random.nextLong(10_000_000L, 99_999_999L));
            var flagged = List.of(code.get() + "$$1", code.get() + "$$1");
            var confirmations = List.of(confirmation.get(), confirmation.get());
            var plain = code.get();
            var flaggedWithout = code.get() + "$$1";
            var plainWith = code.get();
            var stray = confirmation.get();
            secrets.addAll(List.of(flagged.get(0), flagged.get(1), plain, flaggedWithout, plainWith));
            secrets.addAll(confirmations);
            secrets.add(stray);
            UsedCodes.record(secrets);

            var report = codeStock.importCsv(product, new StringReader("code,confirmation_code\n"
                    + flagged.get(0) + "," + confirmations.get(0) + "\n"
                    + flagged.get(1) + "," + confirmations.get(1) + "\n"
                    + plain + ",\n"
                    + flaggedWithout + ",\n"
                    + plainWith + "," + stray + "\n"));
            assertThat(report.rows()).extracting(r -> r.line() + " " + r.outcome()).containsExactly(
                    "2 IMPORTED", "3 IMPORTED", "4 IMPORTED", "5 REJECTED", "6 REJECTED");
            assertThat(report.rows().get(3).problems().toString()).contains("confirmation code is required", "confirmation_code");
            assertThat(report.rows().get(4).problems().toString()).contains("does not end in the confirmation flag");
            for (var secret : secrets) {
                assertThat(report.toString()).doesNotContain(secret);
            }
            assertThat(count("SELECT COUNT(*) FROM activation_code WHERE product_id = " + product.id()
                    + " AND confirmation_required = TRUE AND confirmation_ciphertext IS NOT NULL")).isEqualTo(2);
            for (var secret : confirmations) {
                assertThat(count("SELECT COUNT(*) FROM activation_code WHERE confirmation_ciphertext LIKE '%" + secret + "%'"))
                        .as("stored encrypted").isZero();
            }

            // without an email address: only the code that needs no confirmation code; then none is left for such orders
            // (intake asks for an address today; a paper order without one is what this keeps safe: blanked here)
            var noEmail = withoutEmail(order(product, Person.ES, "STANDARD_LETTER", 60, "none@example.com"));
            assertThat(codeStock.allocateFor(noEmail, "test")).isInstanceOf(CodeStock.Allocated.class);
            assertThat(codeStock.plainCodeOf(orders.byNumber(noEmail).orElseThrow())).contains(plain);
            var noEmailEither = withoutEmail(order(product, Person.ES, "STANDARD_LETTER", 60, "none@example.com"));
            assertThat(codeStock.allocateFor(noEmailEither, "test")).isInstanceOfSatisfying(CodeStock.OutOfStock.class,
                    out -> assertThat(out.reason().key()).isEqualTo("timeline.outOfStockNoEmail"));
            assertThat(orders.byNumber(noEmailEither).orElseThrow().status().name()).isEqualTo("ON_HOLD");

            var recipient = "sofia-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
            var customer = order(product, Person.ES, "STANDARD_LETTER", 60, recipient);
            long runId = printRun(List.of(customer));
            var held = orders.byNumber(customer).orElseThrow();
            var confirmationCode = codeStock.plainConfirmationCodeOf(held).orElseThrow();
            assertThat(confirmations).contains(confirmationCode);
            var letter = String.join("\n", DocumentReading.pageTexts(download(runId, "letters.pdf"))).replaceAll("\\s+", "");
            assertThat(letter).as("the letter says the confirmation code comes by email")
                    .contains("Sutel\u00e9fonolepedir\u00e1unc\u00f3digodeconfirmaci\u00f3n")
                    .contains("Guardeestacartacomocomprobante", "USD29.00,tarjeta")
                    .doesNotContain(confirmationCode);
            assertThat(outbox.emailsOf(customer)).as("nothing before posting").isEmpty();

            // posted: the confirmation code by email, queued by the closing of the dispatch
            var zone = "ITZ" + Long.toString(System.nanoTime() % 100000) + "E";
            assertThat(post("api/postage/tariffs", tariffBody(LocalDate.now(), zone, "1.90")).statusCode()).isEqualTo(201);
            assertThat(put("api/postage/zones/ES", Json.createObjectBuilder().add("zone", zone).build()).statusCode())
                    .isEqualTo(200);
            packPair("bench-7", customer.value(), customer.value());
            long dispatch = openDispatch();
            assertThat(post("api/dispatches/" + dispatch + "/items", scanBody(customer.value())).statusCode()).isEqualTo(201);
            var close = post("api/dispatches/" + dispatch + "/close", null);
            assertThat(close.statusCode()).as(close.body()).isEqualTo(200);
            assertThat(outbox.emailsOf(customer)).singleElement().satisfies(e -> {
                assertThat(e.reason()).isEqualTo("CONFIRMATION");
                assertThat(e.template()).isEqualTo("CONFIRMATION_CODE");
                assertThat(e.recipient()).isEqualTo(recipient);
            });
            var message = Await.until("the confirmation email", () -> TestMailServer.receivedBy(recipient), m -> !m.isEmpty())
                    .get(0);
            assertThat(message.getSubject()).contains(customer.value()).contains("c\u00f3digo de confirmaci\u00f3n")
                    .doesNotContain(confirmationCode);
            var raw = new java.io.ByteArrayOutputStream();
            message.writeTo(raw);
            var body = new String(raw.toByteArray(), StandardCharsets.UTF_8);
            var plainCode = codeStock.plainCodeOf(held).orElseThrow();
            assertThat(plainCode).isIn(flagged);
            assertThat(body).contains(confirmationCode).doesNotContain(plainCode)
                    .doesNotContain(plainCode.substring("LPA:1$SMDP.CONFIRM-TEST.NET$".length(), plainCode.length() - 3));
            Await.until("the confirmation email sent", () -> outbox.emailsOf(customer),
                    emails -> emails.get(0).status().equals("SENT"));
            // once per order, and none on the timeline or in the outbox views with the secret
            assertThat(outbox.emailsOf(customer).toString()).doesNotContain(confirmationCode);
            assertThat(timeline(customer, "EMAIL").toString()).doesNotContain(confirmationCode);

            // support's (here the admin's) audited reveal shows both
            var reveal = post("api/orders/" + customer.value() + "/code/reveal",
                    Json.createObjectBuilder().add("reason", "customer lost the confirmation email").build());
            assertThat(reveal.statusCode()).as(reveal.body()).isEqualTo(200);
            assertThat(json(reveal.body()).getString("code")).isEqualTo(plainCode);
            assertThat(json(reveal.body()).getString("confirmationCode")).isEqualTo(confirmationCode);
        } finally {
            root.removeHandler(capture);
        }
        synchronized (logged) {
            for (var secret : secrets) {
                assertThat(logged.toString()).as("the server's log").doesNotContain(secret);
            }
        }
    }

    // ---- helpers: data ----

    /** Customers whose addresses pass intake, in the destinations the tests use. */
    enum Person {
        JP("Yuki Tanaka", null, "en", "JP", "1-2-3 Shibuya", null, "Shibuya-ku", "Tokyo", "150-0002"),
        CN("王小明", "Wang Xiaoming", "zh-Hans", "CN", "No. 18 Zhongguancun Street", "Haidian District", "Beijing",
                "Beijing", "100080"),
        TW("林志豪", "Lin Chih-Hao", "zh-Hant", "TW", "No. 7, Sec. 5, Xinyi Road", null, "Xinyi District",
                "Taipei City", "110"),
        GB("Oliver Smith", null, "en", "GB", "10 Downing Street", null, "London", null, "SW1A 2AA"),
        US("Jane Doe", null, "en", "US", "350 Fifth Avenue", null, "New York", "NY", "10118"),
        AU("Olivia Brown", null, "en", "AU", "10 George Street", null, "Sydney", "NSW", "2000"),
        NZ("Liam Wilson", null, "en", "NZ", "1 Queen Street", null, "Auckland", null, "1010"),
        FR("Chloé Martin", "Chloe Martin", "fr", "FR", "8 Rue de Rivoli", null, "Paris", null, "75004"),
        ES("Sofía García", "Sofia Garcia", "es", "ES", "Calle de Alcala 45", null, "Madrid", "Madrid", "28014");

        final String name;
        final String latin;
        final String language;
        final String country;
        final String street;
        final String locality;
        final String city;
        final String region;
        final String postcode;

        Person(String name, String latin, String language, String country, String street, String locality, String city,
               String region, String postcode) {
            this.name = name;
            this.latin = latin;
            this.language = language;
            this.country = country;
            this.street = street;
            this.locality = locality;
            this.city = city;
            this.region = region;
            this.postcode = postcode;
        }
    }

    private Product newProduct(ProductKind kind, int weightGrams, int codes) {
        var sku = "W-" + UUID.randomUUID().toString().substring(0, 8);
        catalogue.add(new Product(sku, "Warehouse test " + sku, kind, 30, "15 GB", Money.of("29.00", "USD"),
                weightGrams, "490700", "Printed eSIM activation letter", kind == ProductKind.VOUCHER ? Shop.VOUCHER_PATTERN : null, 2));
        var product = catalogue.bySku(sku).orElseThrow();
        new Shop(catalogue, codeStock, intake).stock(product, codes);
        return product;
    }

    private OrderNumber order(Product product, Person p, String service) {
        return order(product, p, service, 60);
    }

    private OrderNumber order(Product product, Person p, String service, int planDaysLeft) {
        return order(product, p, service, planDaysLeft, "customer@example.com");
    }

    private OrderNumber order(Product product, Person p, String service, int planDaysLeft, String email) {
        var request = new OrderRequest(p.name, p.latin, email, null, p.language,
                new OrderRequest.Address(null, List.of(p.street), p.locality, p.city, p.region, p.postcode, p.country),
                product.sku(), Shop.iccid(), null, LocalDate.now().plusDays(planDaysLeft),
                service, "WEB", "WH-" + UUID.randomUUID(),
                new OrderRequest.PaymentDetails("CARD", null, new BigDecimal("29.00"), "USD", null), null);
        return intake.receive(request, null, "test").order().number();
    }

    private OrderNumber withoutEmail(OrderNumber number) throws SQLException {
        update("UPDATE customer_order SET customer_email = '' WHERE order_number = '" + number.value() + "'");
        return number;
    }

    private long printRun(List<OrderNumber> numbers) throws Exception {
        var response = post("api/print-runs", Json.createObjectBuilder().add("orderNumbers", array(numbers)).build());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        var run = json(response.body()).getJsonObject("run");
        assertThat(run.getInt("printed")).as(response.body()).isEqualTo(numbers.size());
        return run.getJsonNumber("id").longValue();
    }

    private Set<Long> codeIdsOf(List<OrderNumber> numbers) throws SQLException {
        Set<Long> ids = new HashSet<>();
        for (var number : numbers) {
            var order = orders.byNumber(number).orElseThrow();
            assertThat(count("SELECT COUNT(*) FROM activation_code WHERE order_id = " + order.id())).isEqualTo(1);
            ids.add(count("SELECT id FROM activation_code WHERE order_id = " + order.id()));
        }
        return ids;
    }

    private List<String> timeline(OrderNumber number, String kind) throws SQLException {
        List<String> entries = new ArrayList<>();
        try (var connection = dataSource.getConnection();
             var statement = connection.prepareStatement("SELECT t.actor, t.reason FROM order_timeline t "
                     + "JOIN customer_order o ON o.id = t.order_id WHERE o.order_number = ? AND t.kind = ? "
                     + "ORDER BY t.occurred_at, t.id")) {
            statement.setString(1, number.value());
            statement.setString(2, kind);
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    entries.add(rows.getString(1) + ": " + rows.getString(2));
                }
            }
        }
        return entries;
    }

    private String shipmentTracking(OrderNumber number) throws SQLException {
        try (var connection = dataSource.getConnection();
             var statement = connection.prepareStatement("SELECT s.tracking_number FROM shipment s "
                     + "JOIN customer_order o ON o.id = s.order_id WHERE o.order_number = ?")) {
            statement.setString(1, number.value());
            try (var rows = statement.executeQuery()) {
                assertThat(rows.next()).isTrue();
                return rows.getString(1);
            }
        }
    }

    private long count(String sql) throws SQLException {
        try (var connection = dataSource.getConnection();
             var rows = connection.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private void update(String sql) throws SQLException {
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement()) {
            statement.executeUpdate(sql);
        }
    }

    /** The order number with one body symbol changed: its check symbol no longer matches. */
    private static String corrupt(String number) {
        var chars = number.toCharArray();
        chars[4] = chars[4] == '7' ? '8' : '7';
        return new String(chars);
    }

    // ---- helpers: HTTP ----

    private JsonObject scan(String station, String code) throws Exception {
        var response = scanResponse(station, code);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json(response.body());
    }

    private HttpResponse<String> scanResponse(String station, String code) throws Exception {
        return post("api/packing/stations/" + station + "/scans", scanBody(code));
    }

    private void packPair(String station, String letter, String label) throws Exception {
        scan(station, letter);
        assertThat(scan(station, label).getString("state")).isEqualTo("PACKED");
    }

    private HttpResponse<String> attach(OrderNumber order, String tracking) throws Exception {
        return post("api/packing/stations/bench-3/tracking-labels", Json.createObjectBuilder()
                .add("orderNumber", order.value()).add("trackingNumber", tracking).build());
    }

    private long openDispatch() throws Exception {
        var response = post("api/dispatches", Json.createObjectBuilder().build());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return json(response.body()).getJsonNumber("id").longValue();
    }

    private static JsonObject scanBody(String code) {
        return Json.createObjectBuilder().add("code", code).build();
    }

    private static JsonObject rate(String service, String zone, int maxWeight, String price) {
        return Json.createObjectBuilder().add("service", service).add("zone", zone).add("maxWeightGrams", maxWeight)
                .add("price", new BigDecimal(price)).add("currency", "USD").build();
    }

    private static JsonObject tariffBody(LocalDate from, String zone, String price) {
        return Json.createObjectBuilder().add("effectiveFrom", from.toString()).add("description", "Test " + price)
                .add("rates", Json.createArrayBuilder().add(rate("STANDARD_LETTER", zone, 28, price))).build();
    }

    private static BigDecimal totalOf(JsonObject dispatch) {
        var totals = dispatch.getJsonArray("totals").getValuesAs(JsonObject.class);
        assertThat(totals).hasSize(1);
        assertThat(totals.get(0).getString("currency")).isEqualTo("USD");
        return totals.get(0).getJsonNumber("postage").bigDecimalValue();
    }

    private static JsonArray array(List<OrderNumber> numbers) {
        var array = Json.createArrayBuilder();
        numbers.forEach(n -> array.add(n.value()));
        return array.build();
    }

    private static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }

    private byte[] download(long runId, String file) throws Exception {
        return bytes("api/print-runs/" + runId + "/documents/" + file);
    }

    private byte[] bytes(String path) throws Exception {
        var response = staff().send(staff().request(path).GET(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as(path + ": " + new String(response.body(), StandardCharsets.UTF_8))
                .isEqualTo(200);
        return response.body();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return staff().send(staff().request(path).GET());
    }

    private HttpResponse<String> delete(String path) throws Exception {
        return staff().send(staff().request(path).DELETE());
    }

    private HttpResponse<String> post(String path, JsonValue body) throws Exception {
        return staff().send(staff().request(path).header("Content-Type", "application/json")
                .POST(body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    private HttpResponse<String> put(String path, JsonValue body) throws Exception {
        return staff().send(staff().request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    private StaffSession staff() {
        if (staff == null) {
            staff = StaffSession.of(base, staffAccounts, Set.of(Roles.WAREHOUSE, Roles.ADMIN));
        }
        return staff;
    }

    private String renewalReferenceOf(String orderNumber) throws SQLException {
        try (var c = dataSource.getConnection(); var q = c.prepareStatement("SELECT f.reference FROM renewal_form f "
                + "JOIN customer_order o ON o.id = f.order_id WHERE o.order_number = ?")) {
            q.setString(1, orderNumber);
            try (var rows = q.executeQuery()) {
                assertThat(rows.next()).as("a renewal form was issued to " + orderNumber).isTrue();
                return rows.getString(1);
            }
        }
    }
}
