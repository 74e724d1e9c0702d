package com.renewalpost.fulfilment.system;

import com.renewalpost.fulfilment.it.StaffFixture.Credentials;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bad input the outside test found answered with a 5xx or silently converted (issue 13, items
 * 11-13 and 16): each is refused with a 400 (or 409) problem naming what to correct, and a CSV that
 * stops being CSV part-way gets a report per line instead of a 500.
 */
class BadInputSystemTest {

    private final SystemServer server = SystemServer.get();
    private final RestSetup setup = new RestSetup(server);
    private final Credentials admin = server.admin();

    /** As the admin, through their session ({@link SystemServer#as}). */
    private HttpResponse<String> json(String method, String path, String body) {
        return setup.sendAs(method, path, admin, body == null ? null : "application/json", body);
    }

    private HttpResponse<String> csv(String path) {
        return server.as(admin, HttpRequest.newBuilder(server.url(path)).header("Accept", "text/csv").GET(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static void refused(HttpResponse<String> answer, int status) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
        assertThat(answer.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
    }

    private static JsonObject body(HttpResponse<String> answer) {
        return Json.createReader(new StringReader(answer.body())).readObject();
    }

    private static List<String> fields(HttpResponse<String> answer) {
        return body(answer).getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field")).toList();
    }

    @Test
    void apiKeysAndStaffAccountsRefuseMissingNullAndWrongBodies() {
        for (var body : new String[] {null, "", "null", "{\"name\":\"x\"}", "\"scopes\"", "{\"name\":1,\"scope\":true}"}) {
            refused(json("POST", "api/admin/api-keys", body), 400);
        }
        for (var body : new String[] {null, "null",
                "{\"username\":\"fuzz-roles\",\"roles\":[null],\"initialPassword\":\"a long enough passphrase\"}",
                "{\"username\":\"fuzz-long\",\"displayName\":\"" + "x".repeat(201)
                        + "\",\"roles\":[\"SUPPORT\"],\"initialPassword\":\"a long enough passphrase\"}"}) {
            refused(json("POST", "api/admin/staff", body), 400);
        }
        var staff = server.newStaff("SUPPORT");
        refused(json("PATCH", "api/admin/staff/" + staff.username(), "null"), 400);
        refused(json("PATCH", "api/admin/staff/" + staff.username(), null), 400);
        var enable = json("PATCH", "api/admin/staff/" + staff.username(), "{\"enabled\":\"enable\"}");
        refused(enable, 400);
        assertThat(fields(enable)).containsExactly("enabled");
    }

    @Test
    void productNumbersAndBooleansAreNotConverted() {
        var sku = setup.newProduct(admin, "STRICT");
        var good = "{\"name\":\"Strict\",\"kind\":\"ESIM_PROFILE\",\"planDays\":30,\"dataAllowance\":\"1 GB\","
                + "\"price\":25,\"currency\":\"USD\",\"weightGrams\":20,\"hsCode\":\"490700\","
                + "\"customsDescription\":\"Letter\",\"lowStockThreshold\":1,\"active\":true}";
        assertThat(json("PUT", "api/products/" + sku, good).statusCode()).isEqualTo(200);
        for (var wrong : List.of("\"active\":1", "\"lowStockThreshold\":1e30", "\"lowStockThreshold\":1e308",
                "\"planDays\":2.5", "\"price\":29.999", "\"active\":\"false\"")) {
            var field = wrong.substring(1, wrong.indexOf('"', 1));
            var answer = json("PUT", "api/products/" + sku,
                    good.replaceFirst("\"" + field + "\":[^,}]+", wrong));
            refused(answer, 400);
            assertThat(fields(answer)).as(wrong).containsExactly(field);
        }
    }

    private static String order(String sku, String name, String amount) {
        return "{\"customerName\":\"" + name + "\",\"email\":\"strict@example.com\",\"language\":\"en\","
                + "\"address\":{\"streetLines\":[\"1 Queen St\"],\"city\":\"Auckland\",\"postcode\":\"1010\","
                + "\"country\":\"NZ\"},\"productSku\":\"" + sku + "\",\"iccid\":\"890126000000000000"
                + com.renewalpost.fulfilment.orders.Iccid.luhnCheckDigit("890126000000000000")
                + "\",\"postalService\":\"STANDARD_LETTER\",\"channel\":\"POST\","
                + "\"payment\":{\"method\":\"CHEQUE\",\"amount\":" + amount + ",\"currency\":\"USD\"}}";
    }

    @Test
    void ordersRefuseOverlargeOrOverpreciseAmountsAndControlCharactersOnEveryWayIn() {
        var sku = setup.newProduct(admin, "STRICT");
        for (var amount : List.of("1e10", "10000000000", "29.999", "\"29.99\"")) {
            var answer = json("POST", "api/orders", order(sku, "Amount Test", amount));
            refused(answer, 400);
            assertThat(fields(answer)).as(amount).containsExactly("payment.amount");
        }
        for (var name : List.of("Jane\\r\\nEVIL LINE", "Jane\\u0000", "Jane\\u001b[2J", "Jane \\u202eeod")) {
            var answer = json("POST", "api/orders", order(sku, name, "25"));
            refused(answer, 400);
            assertThat(fields(answer)).as(name).containsExactly("customerName");
        }
        var csv = "customer_name,email,street1,city,postcode,country,product_sku,iccid,channel,"
                + "external_reference,payment_method,amount,currency\n"
                + "\"Jane\rDoe\",j@example.com,1 Queen St,Auckland,1010,NZ," + sku + ",890126000000000000"
                + com.renewalpost.fulfilment.orders.Iccid.luhnCheckDigit("890126000000000000")
                + ",WEB,CTRL-1,CARD,25,USD\n";
        var report = setup.send("POST", "api/orders/import", admin.basic(), "text/csv", csv);
        assertThat(report.statusCode()).as(report.body()).isEqualTo(200);
        assertThat(body(report).getInt("rejected")).as(report.body()).isEqualTo(1);
        assertThat(report.body()).contains("U+000D");
    }

    @Test
    void anUnclosedQuoteIsReportedAtItsLineOnEachImportAndTheGoodRowsStay() {
        var sku = setup.newProduct(admin, "STRICT");
        var codes = RestSetup.codesCsv(2).split("\n");
        var csv = "\uFEFF" + codes[0] + "\n" + codes[1] + "\n" + codes[2] + "\n\"LPA:1$SMDP.EXAMPLE.COM$BROKEN\n";
        var answer = setup.send("POST", "api/products/" + sku + "/codes", admin.basic(), "text/csv", csv);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        var report = body(answer);
        assertThat(report.getInt("imported")).as("the BOM does not hide the header").isEqualTo(2);
        assertThat(report.getInt("rejected")).isEqualTo(1);
        assertThat(report.getJsonArray("rows").getValuesAs(JsonObject.class))
                .anySatisfy(r -> assertThat(r.getInt("line")).isEqualTo(4));

        var orders = setup.send("POST", "api/orders/import", admin.basic(), "text/csv",
                "channel,external_reference,customer_name,email,street1,country,product_sku,payment_method,amount,"
                        + "currency\n\"WEB,x\n");
        assertThat(orders.statusCode()).as(orders.body()).isEqualTo(200);
        assertThat(body(orders).getInt("rejected")).isEqualTo(1);

        var tracking = setup.send("POST", "api/tracking/import", admin.basic(), "text/csv",
                "\uFEFFtracking_number,status,occurred_at\n\"RB123456785US,DELIVERED,2026-03-05T10:00:00Z\n");
        assertThat(tracking.statusCode()).as(tracking.body()).isLessThan(500).isNotEqualTo(400);
        assertThat(tracking.body()).contains("quote");
    }

    @Test
    void voidedCodeDatesAreCheckedAndAZoneMustBePricedByATariff() throws Exception {
        refused(csv("api/codes/voided?from=yesterday"), 400);
        refused(csv("api/codes/voided?to=2026-02-30"), 400);

        var answer = json("PUT", "api/postage/zones/AU", "{\"zone\":\"NO-SUCH-ZONE\"}");
        refused(answer, 409);
        assertThat(body(answer).getJsonArray("errors").getJsonObject(0).getString("message")).contains("Use a zone");
        var quote = json("GET", "api/postage/quote?service=STANDARD_LETTER&country=AU&weight=20", null);
        assertThat(quote.statusCode()).as("AU still has postage").isEqualTo(200);
    }
}
