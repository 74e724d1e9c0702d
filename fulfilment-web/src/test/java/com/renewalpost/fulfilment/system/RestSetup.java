package com.renewalpost.fulfilment.system;

import com.renewalpost.fulfilment.it.Shop;
import com.renewalpost.fulfilment.it.StaffFixture.Credentials;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Random;

/**
 * The setup the admin and dashboard system tests do over the REST API (the pages under test are
 * driven in the browser): products, codes, orders, print runs, packing, dispatch, tracking events,
 * and the server's clock.
 */
final class RestSetup {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final Random RANDOM = new Random();

    private final SystemServer server;

    RestSetup(SystemServer server) {
        this.server = server;
    }

    /** A request with any Authorization header value (Basic or Bearer), any content type. */
    HttpResponse<String> send(String method, String path, String authorization, String contentType, String body) {
        var request = HttpRequest.newBuilder(server.url(path)).timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A request as a staff member (through their session: {@link SystemServer#as}), any content type. */
    HttpResponse<String> sendAs(String method, String path, Credentials who, String contentType, String body) {
        var request = HttpRequest.newBuilder(server.url(path)).timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return server.as(who, request, HttpResponse.BodyHandlers.ofString());
    }

    JsonObject json(String method, String path, Credentials who, JsonObject body, int expectedStatus) {
        var response = sendAs(method, path, who, body == null ? null : "application/json",
                body == null ? null : body.toString());
        if (response.statusCode() != expectedStatus) {
            throw new AssertionError(method + " " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body().isBlank() ? Json.createObjectBuilder().build()
                : Json.createReader(new StringReader(response.body())).readObject();
    }

    /** A new eSIM product through the API, with a unique SKU. */
    String newProduct(Credentials admin, String prefix) {
        var sku = prefix + "-" + Long.toString(Math.abs(RANDOM.nextLong()), 36).toUpperCase().substring(0, 8);
        json("POST", "api/products", admin, Json.createObjectBuilder()
                .add("sku", sku).add("name", "System test " + sku).add("kind", "ESIM_PROFILE").add("planDays", 30)
                .add("dataAllowance", "10 GB").add("price", 25).add("currency", "USD").add("weightGrams", 20)
                .add("hsCode", "490700").add("customsDescription", "Printed activation letter")
                .add("lowStockThreshold", 1).add("active", true).build(), 201);
        return sku;
    }

    /** Imports this many fresh eSIM codes for the product; answers the import report. */
    JsonObject importCodes(Credentials admin, String sku, int count) {
        var response = sendAs("POST", "api/products/" + sku + "/codes", admin, "text/csv", codesCsv(count));
        if (response.statusCode() != 200) {
            throw new AssertionError("code import answered " + response.statusCode() + ": " + response.body());
        }
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    /** A CSV of fresh, valid SGP.22 activation codes, one per line after the header. */
    static String codesCsv(int count) {
        var csv = new StringBuilder("code\n");
        for (int i = 0; i < count; i++) {
            csv.append(Shop.esimCode()).append('\n');
        }
        return csv.toString();
    }

    /** An order to Japan for the product; {@code planExpiresOn} decides whether it is at risk. */
    String newOrder(Credentials who, String sku, String service, String planExpiresOn) {
        return newOrder(who, sku, service, planExpiresOn, "en", "Yuki Tanaka");
    }

    /** The same for a customer of this name (in Latin letters) who reads this language (a BCP 47 tag). */
    String newOrder(Credentials who, String sku, String service, String planExpiresOn, String language, String name) {
        var iccid = Shop.iccid();
        var order = json("POST", "api/orders", who, Json.createObjectBuilder()
                .add("customerName", name).add("email", "yuki@example.com").add("language", language)
                .add("address", Json.createObjectBuilder()
                        .add("streetLines", Json.createArrayBuilder().add("1-2-3 Shibuya"))
                        .add("region", "Tokyo").add("postcode", "150-0002").add("country", "JP"))
                .add("productSku", sku).add("iccid", iccid).add("planExpiresOn", planExpiresOn)
                .add("postalService", service).add("channel", "WEB").add("externalReference", "SYS-" + Shop.digits(12))
                .add("payment", Json.createObjectBuilder().add("method", "CARD").add("amount", 25).add("currency", "USD"))
                .build(), 201);
        return order.getString("number");
    }

    /** The bytes of a download, e.g. a print run's letters; anything but 200 fails the test. */
    byte[] download(Credentials who, String path) {
        var response = server.as(who, HttpRequest.newBuilder(server.url(path)).timeout(Duration.ofSeconds(120)).GET(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new AssertionError("GET " + path + " answered " + response.statusCode());
        }
        return response.body();
    }

    /** A print run of exactly these orders (warehouse). */
    JsonObject printRun(Credentials warehouse, String... numbers) {
        return json("POST", "api/print-runs", warehouse, Json.createObjectBuilder()
                .add("orderNumbers", Json.createArrayBuilder(java.util.List.of(numbers))).build(), 201);
    }

    /** Packs a printed order at a station: the letter's barcode, then the label's (order or tracking number). */
    void pack(Credentials warehouse, String station, String number, String labelCode) {
        json("POST", "api/packing/stations/" + station + "/scans", warehouse,
                Json.createObjectBuilder().add("code", number).build(), 200);
        json("POST", "api/packing/stations/" + station + "/scans", warehouse,
                Json.createObjectBuilder().add("code", labelCode).build(), 200);
    }

    /** Attaches a pre-printed tracked-letter label (a fresh valid S10 number) to a printed order; answers the number. */
    String attachTrackingLabel(Credentials warehouse, String station, String number) {
        var tracking = com.renewalpost.fulfilment.orders.TrackingNumber.of("LZ", 10_000_000 + RANDOM.nextInt(89_999_999), "US").value();
        json("POST", "api/packing/stations/" + station + "/tracking-labels", warehouse, Json.createObjectBuilder()
                .add("orderNumber", number).add("trackingNumber", tracking).build(), 200);
        return tracking;
    }

    /** Hands these packed orders to the post in one dispatch, closed. */
    void post(Credentials warehouse, String... numbers) {
        var dispatch = json("POST", "api/dispatches", warehouse, Json.createObjectBuilder().build(), 201);
        long id = dispatch.getJsonNumber("id").longValue();
        for (var number : numbers) {
            var response = sendAs("POST", "api/dispatches/" + id + "/items", warehouse, "application/json",
                    Json.createObjectBuilder().add("code", number).build().toString());
            if (response.statusCode() / 100 != 2) {
                throw new AssertionError("adding " + number + " to the dispatch answered " + response.statusCode()
                        + ": " + response.body());
            }
        }
        json("POST", "api/dispatches/" + id + "/close", warehouse, null, 200);
    }

    /** Records a delivery scan for a tracking number at the given time (support's carrier CSV upload). */
    JsonObject delivered(Credentials supportOrAdmin, String trackingNumber, OffsetDateTime at) {
        var csv = "tracking_number,status,occurred_at\n" + trackingNumber + ",DELIVERED," + at + "\n";
        var response = sendAs("POST", "api/tracking/import", supportOrAdmin, "text/csv", csv);
        if (response.statusCode() != 200) {
            throw new AssertionError("tracking import answered " + response.statusCode() + ": " + response.body());
        }
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    /** The application's clock now (the control servlet answers "now <instant>" to a move of zero). */
    OffsetDateTime serverNow() {
        var response = send("POST", "system-test/control?advance=PT0S", null, null, null);
        if (response.statusCode() != 200 || !response.body().startsWith("now ")) {
            throw new AssertionError("system-test control answered " + response.statusCode() + ": " + response.body());
        }
        return OffsetDateTime.parse(response.body().substring(4).strip());
    }

    static JsonArray array(String json) {
        return Json.createReader(new StringReader(json)).readArray();
    }
}
