package com.renewalpost.fulfilment.system;

import com.renewalpost.fulfilment.it.Shop;
import com.renewalpost.fulfilment.it.StaffFixture.Credentials;
import com.renewalpost.fulfilment.orders.Iccid;
import com.renewalpost.fulfilment.orders.TrackingNumber;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Orders for the support system tests, made the way the business makes them, through the REST API:
 * a product with its own codes, orders, a print run, a pre-printed registered-letter label, packing
 * and a closed dispatch. Every order has its own customer (unique name, email, ICCID).
 */
final class SupportData {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** Where a customer lives; the addresses pass intake. */
    enum Destination {
        CN("CN", "No. 18 Zhongguancun Street", "Haidian District", "Beijing", "Beijing", "100080", "zh-Hans"),
        US("US", "350 Fifth Avenue", null, "New York", "NY", "10118", "en");

        final String country;
        final String street;
        final String locality;
        final String city;
        final String region;
        final String postcode;
        final String language;

        Destination(String country, String street, String locality, String city, String region, String postcode,
                    String language) {
            this.country = country;
            this.street = street;
            this.locality = locality;
            this.city = city;
            this.region = region;
            this.postcode = postcode;
            this.language = language;
        }
    }

    /** A product of the test's own and the codes imported for it. */
    record Stock(String sku, List<String> codes) {
    }

    /** A customer of the test's own: the name in Chinese characters nobody else uses in this run. */
    record Customer(String name, String latin, String email, String iccid) {
        static Customer fresh() {
            var name = new StringBuilder("王");
            for (int i = 0; i < 3; i++) {
                name.appendCodePoint(0x4E00 + RANDOM.nextInt(0x9FA5 - 0x4E00));
            }
            var body = "8986" + Shop.digits(14);
            return new Customer(name.toString(), "Wang Test", "support-" + UUID.randomUUID() + "@example.com",
                    body + Iccid.luhnCheckDigit(body));
        }
    }

    private final SystemServer server;
    private final Credentials staff;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /** {@code staff} holds WAREHOUSE and ADMIN: code imports, print runs, packing and posting. */
    SupportData(SystemServer server, Credentials staff) {
        this.server = server;
        this.staff = staff;
    }

    Stock product(int codes) {
        var sku = "SUP-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT);
        server.newProduct(sku);
        List<String> list = new ArrayList<>();
        var csv = new StringBuilder("code\n");
        for (int i = 0; i < codes; i++) {
            var code = Shop.esimCode();
            list.add(code);
            csv.append(code).append('\n');
        }
        var imported = raw("POST", "api/products/" + sku + "/codes", staff, "text/csv", csv.toString());
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        assertThat(json(imported.body()).getInt("imported")).isEqualTo(codes);
        return new Stock(sku, List.copyOf(list));
    }

    /** A registered-letter order (its label is pre-printed, so it gets a tracking number at packing). */
    String order(Stock stock, Customer customer, Destination to) {
        var address = Json.createObjectBuilder().add("streetLines", Json.createArrayBuilder().add(to.street))
                .add("city", to.city).add("postcode", to.postcode).add("country", to.country);
        if (to.locality != null) {
            address.add("dependentLocality", to.locality);
        }
        if (to.region != null) {
            address.add("region", to.region);
        }
        var body = Json.createObjectBuilder()
                .add("customerName", customer.name()).add("customerNameLatin", customer.latin())
                .add("email", customer.email()).add("language", to.language).add("address", address)
                .add("productSku", stock.sku()).add("iccid", customer.iccid())
                .add("planExpiresOn", "2099-12-31").add("postalService", "REGISTERED_LETTER").add("channel", "WEB")
                .add("externalReference", "SUP-" + UUID.randomUUID())
                .add("payment", Json.createObjectBuilder().add("method", "CARD").add("amount", 29).add("currency", "USD"))
                .build();
        var response = server.send("POST", "api/orders", staff, body.toString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return json(response.body()).getString("number");
    }

    void print(String... numbers) {
        var list = Json.createArrayBuilder();
        for (var number : numbers) {
            list.add(number);
        }
        var response = server.send("POST", "api/print-runs", staff,
                Json.createObjectBuilder().add("orderNumbers", list).build().toString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        assertThat(json(response.body()).getJsonObject("run").getInt("printed")).as(response.body())
                .isEqualTo(numbers.length);
    }

    /** Attaches a pre-printed label, packs the pair and posts it in a dispatch of its own; the tracking number. */
    String post(String number) {
        return post(number, newTrackingNumber());
    }

    String post(String number, String trackingNumber) {
        pack(number, trackingNumber);
        var dispatch = server.send("POST", "api/dispatches", staff, "{}");
        assertThat(dispatch.statusCode()).as(dispatch.body()).isEqualTo(201);
        long id = json(dispatch.body()).getJsonNumber("id").longValue();
        var added = server.send("POST", "api/dispatches/" + id + "/items", staff, scan(trackingNumber));
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        ok(server.send("POST", "api/dispatches/" + id + "/close", staff, null));
        assertThat(status(number)).isEqualTo("POSTED");
        return trackingNumber;
    }

    /** Attaches a pre-printed label and packs the pair, in no dispatch yet; the tracking number. */
    String pack(String number) {
        var trackingNumber = newTrackingNumber();
        pack(number, trackingNumber);
        return trackingNumber;
    }

    private void pack(String number, String trackingNumber) {
        var station = "sup-" + UUID.randomUUID().toString().substring(0, 6);
        ok(server.send("POST", "api/packing/stations/" + station + "/tracking-labels", staff, Json.createObjectBuilder()
                .add("orderNumber", number).add("trackingNumber", trackingNumber).build().toString()));
        ok(server.send("POST", "api/packing/stations/" + station + "/scans", staff, scan(number)));
        var packed = ok(server.send("POST", "api/packing/stations/" + station + "/scans", staff, scan(trackingNumber)));
        assertThat(json(packed.body()).getString("state")).isEqualTo("PACKED");
    }

    /** Records a posted letter lost and sends it again (as the admin); the replacement's number. */
    String lostAndReshipped(String number) {
        ok(server.send("POST", "api/orders/" + number + "/tracking/events", server.admin(),
                "{\"status\": \"LOST\", \"reason\": \"Post office confirms the loss\"}"));
        var reship = ok(server.send("POST", "api/orders/" + number + "/reship", server.admin(),
                "{\"reason\": \"Lost in the post\"}"));
        return json(reship.body()).getString("replacementNumber");
    }

    String status(String number) {
        return order(number).getString("status");
    }

    /** When the application received the order, by its own clock (which tests move forward). */
    OffsetDateTime receivedAt(String number) {
        return OffsetDateTime.parse(order(number).getString("createdAt"));
    }

    JsonObject order(String number) {
        return json(ok(server.send("GET", "api/orders/" + number, staff, null)).body());
    }

    /** The audit log entries about a subject, newest first (admin API). */
    List<JsonObject> audit(String subject, String action) {
        var response = ok(server.send("GET", "api/admin/audit?q=" + subject + "&action=" + action, server.admin(), null));
        return array(response.body()).getValuesAs(JsonObject.class);
    }

    /** A download as a person with these credentials (any media type). */
    HttpResponse<String> download(String path, Credentials who) {
        return raw("GET", path, who, null, null);
    }

    static String newTrackingNumber() {
        return TrackingNumber.of("RR", RANDOM.nextInt(100_000_000), "US").value();
    }

    static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }

    static JsonArray array(String body) {
        return Json.createReader(new StringReader(body)).readArray();
    }

    private static String scan(String code) {
        return Json.createObjectBuilder().add("code", code).build().toString();
    }

    private static HttpResponse<String> ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.request().uri() + ": " + response.body()).isBetween(200, 299);
        return response;
    }

    private HttpResponse<String> raw(String method, String path, Credentials who, String contentType, String body) {
        var request = HttpRequest.newBuilder(server.url(path)).timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (who != null) {
            return server.as(who, request, HttpResponse.BodyHandlers.ofString());
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

}
