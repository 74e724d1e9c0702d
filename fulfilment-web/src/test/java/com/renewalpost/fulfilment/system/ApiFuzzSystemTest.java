package com.renewalpost.fulfilment.system;

import com.renewalpost.fulfilment.it.StaffFixture.Credentials;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Walks every operation of {@code /openapi} and sends it what an attacker or a broken client would:
 * no body, {@code null}, malformed JSON, each property of the request body in every wrong type and
 * as huge or odd values, odd path parameters and unparsable query parameters, broken CSV to the
 * imports. Whatever the input, the answer must not be a 5xx: every refusal is the client's to fix.
 * <p>
 * It runs as a caller allowed to call each operation (the admin, or else a warehouse or support
 * account of its own) against the shared server, and pokes only at objects it created: its own
 * product, order, account, API key and packing station, a dispatch and print run id that does not
 * exist. Deterministic: the values are fixed and the only randomness has a fixed seed.
 */
class ApiFuzzSystemTest {

    private static final long SEED = 13L;
    private static final String HUGE = "a".repeat(100_000);
    private static final Pattern WAREHOUSE_WORK = Pattern.compile("/api/(print-runs|packing/stations|dispatches)");
    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}]+)}");
    /** The bad values every JSON property gets, whatever its type. */
    private static final List<String> PROPERTY_VALUES = List.of(
            "\"fuzz\"", "-1", "2.5", "1e308", "2147483648", "1e999999", "true", "[]", "[null]", "{}", "null",
            "\"" + HUGE + "\"", "\"\\u0000\\u001b\\u202e\\r\\n\"", "\"2026-02-30\"");
    private static final List<String> TOP_LEVEL_BODIES = List.of(
            "", "null", "{", "\"scopes\"", "[null]", "1", "{}", "{\"a\":1}}", "{\"" + HUGE + "\":1}", "\u0000");
    private static final List<String> CSV_BODIES = List.of(
            "", "\"", "code\n\"unterminated\n", "\uFEFFcode,tracking_number,status\n\"x,y\n",
            "tracking_number,status,occurred_at\nRB123456785US,DELIVERED,\"2026-03-05\nmore\n",
            "a,b\n" + "x,".repeat(20_000) + "\n", "\u0000\u0001\u0002\u00ff", "code\n" + HUGE + "\n");
    private static final List<String> PATH_VALUES = List.of(
            "%00", "%2F", "-1", "99999999999999999999", "%E2%80%AE", "%C0%AF", "%E6%97%A5%E6%9C%AC",
            "9".repeat(3000), "a%0d%0aX-Injected:%201", "';--");
    private static final List<String> QUERY_VALUES = List.of(
            "abc", "-1", "2147483647", "2147483648", "99999999999999999999", "1e308", "%00", "x".repeat(3000),
            "2026-02-30", "", "%E2%80%AE");

    private final SystemServer server = SystemServer.get();
    private final RestSetup setup = new RestSetup(server);
    /**
     * HTTP/1.1, as browsers and reverse proxies speak to the server. Over HTTP/2 (which this client
     * would negotiate by upgrade), a large body the server answered without reading used up the
     * connection's flow-control window: the next request on it was never sent, and after 30 s the
     * connection closed (four such requests cost two minutes and were never answered).
     */
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final Random random = new Random(SEED);

    private record Sent(String operation, String method, String uri, String contentType, String body) {
    }

    /** A logged-in staff member: the session cookie(s) of a form login. */
    private record Caller(String username, String cookies) {
    }

    @Test
    void noOperationAnswersAServerErrorToBadInput() throws Exception {
        var openapi = openapi();
        var schemas = openapi.getJsonObject("components").getJsonObject("schemas");
        var admin = server.admin();
        // sessions, not Basic: Basic hashes the password (PBKDF2, 600,000 rounds) on every request
        var callers = List.of(login(admin), login(server.newStaff("WAREHOUSE")), login(server.newStaff("SUPPORT")));
        Map<String, String> own = ownObjects(admin);

        int operations = 0;
        int requests = 0;
        List<String> failures = new ArrayList<>();
        List<String> unanswered = new ArrayList<>();
        var paths = new TreeMap<String, JsonValue>(openapi.getJsonObject("paths"));
        for (var path : paths.entrySet()) {
            for (var entry : new TreeMap<>(path.getValue().asJsonObject()).entrySet()) {
                var method = entry.getKey().toUpperCase(Locale.ROOT);
                var operation = entry.getValue().asJsonObject();
                var name = method + " " + path.getKey();
                if (Set.of("POST /api/delivery-standards/learn", "POST /api/tracking/unmatched/reconcile")
                        .contains(name)) {
                    continue; // no input to fuzz; they act on every other test's data
                }
                operations++;
                var caller = callerFor(method, path.getKey(), own, callers);
                for (var sent : requestsFor(name, method, path.getKey(), operation, schemas, own)) {
                    requests++;
                    HttpResponse<String> answer;
                    try {
                        answer = send(sent, caller);
                    } catch (UncheckedIOException closed) {
                        // a refusal before the whole body was read (400 on the header line of a large CSV)
                        // may close the connection under the client; an answer not given is no 5xx
                        unanswered.add(sent.operation() + ": " + abbreviate(sent.body()));
                        continue;
                    }
                    if (answer.statusCode() >= 500) {
                        failures.add(sent.operation() + ": " + sent.method() + " " + abbreviate(sent.uri())
                                + " [" + sent.contentType() + "] " + abbreviate(sent.body()) + " -> "
                                + answer.statusCode() + " " + answer.headers().firstValue("Content-Type").orElse("")
                                + " " + abbreviate(answer.body()));
                    }
                }
            }
        }
        System.out.printf("API fuzz: %d operations, %d requests, %d answered 5xx, %d connections closed early%n",
                operations, requests, failures.size(), unanswered.size());
        failures.forEach(f -> System.out.println("  5xx: " + f));
        unanswered.forEach(u -> System.out.println("  closed: " + u));
        // the server still answers after all that
        assertThat(send(new Sent("after", "GET", "/api/me", null, null), callers.get(0)).statusCode()).isEqualTo(200);
        assertThat(operations).as("operations of /openapi").isGreaterThan(50);
        assertThat(failures).as("requests answered with a server error").isEmpty();
    }

    private JsonObject openapi() throws IOException, InterruptedException {
        var response = http.send(HttpRequest.newBuilder(server.url("openapi?format=JSON"))
                .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    /** A product, an order, a staff account, an API key and a station of this test's own. */
    private Map<String, String> ownObjects(Credentials admin) {
        Map<String, String> own = new LinkedHashMap<>();
        var sku = setup.newProduct(admin, "FUZZ");
        own.put("sku", sku);
        own.put("number", setup.newOrder(admin, sku, "STANDARD_LETTER", "2030-01-01"));
        own.put("username", server.newStaff("SUPPORT").username());
        var key = setup.json("POST", "api/admin/api-keys", admin, Json.createObjectBuilder()
                .add("name", "fuzz test").add("scope", "orders:write").build(), 201);
        own.put("keyId", key.getJsonObject("key").getString("keyId"));
        own.put("station", "fuzz-station");
        own.put("id", "2147483000");
        own.put("file", "letters.pdf");
        own.put("country", "AQ");
        return own;
    }

    /** The admin, unless the operation is someone else's (warehouse only, support...): then the first that may. */
    private Caller callerFor(String method, String path, Map<String, String> own, List<Caller> callers) {
        var uri = PATH_PARAMETER.matcher(path).replaceAll(m -> own.getOrDefault(m.group(1), "fuzz"));
        var order = new ArrayList<>(callers);
        if (WAREHOUSE_WORK.matcher(path).lookingAt()) {
            order.add(0, order.remove(1)); // the warehouse's own tools: its account first
        }
        for (var caller : order) {
            // a body the endpoint refuses: the role check comes first, so 403 names a caller it does not admit
            var answer = send(new Sent("probe", method, uri, "application/json", "{"), caller);
            if (answer.statusCode() != 403 && answer.statusCode() != 401) {
                return caller;
            }
        }
        return order.get(0);
    }

    private List<Sent> requestsFor(String name, String method, String path, JsonObject operation,
                                   JsonObject schemas, Map<String, String> own) {
        List<Sent> sent = new ArrayList<>();
        var baseUri = PATH_PARAMETER.matcher(path).replaceAll(m -> own.getOrDefault(m.group(1), "fuzz"));
        var content = operation.containsKey("requestBody")
                ? operation.getJsonObject("requestBody").getJsonObject("content") : null;
        boolean json = content != null && content.containsKey("application/json");
        boolean csv = content != null && content.containsKey("text/csv");
        boolean publicLookup = path.startsWith("/api/public/");

        // the body
        if (json) {
            for (var body : TOP_LEVEL_BODIES) {
                sent.add(new Sent(name, method, baseUri, "application/json", body));
            }
            sent.add(new Sent(name, method, baseUri, null, null));
            var schema = resolve(content.getJsonObject("application/json").getJsonObject("schema"), schemas);
            // a body that is not an object (a list) gets the bodies above only
            var base = baseBody(name, schema, schemas, own) instanceof JsonObject object ? object : null;
            for (var property : base == null ? List.<String>of() : properties(schema, schemas, "")) {
                for (var value : PROPERTY_VALUES) {
                    sent.add(new Sent(name, method, baseUri, "application/json", replace(base, property, value)));
                }
            }
        } else if (csv) {
            for (var body : CSV_BODIES) {
                sent.add(new Sent(name, method, baseUri, "text/csv", body));
            }
            sent.add(new Sent(name, method, baseUri, "application/json", "{\"a\":1}"));
        } else if (!"GET".equals(method)) {
            sent.add(new Sent(name, method, baseUri, "application/json", "{"));
        }
        var emptyBody = json ? "{}" : null;
        var emptyType = json ? "application/json" : null;

        // the path parameters, one at a time
        var parameters = operation.containsKey("parameters") ? operation.getJsonArray("parameters") : null;
        var matcher = PATH_PARAMETER.matcher(path);
        var values = publicLookup ? List.of("%00", "9".repeat(3000), "%E2%80%AE") : PATH_VALUES;
        while (matcher.find()) {
            var parameter = matcher.group(1);
            for (var value : values) {
                var uri = PATH_PARAMETER.matcher(path).replaceAll(m -> m.group(1).equals(parameter) ? value
                        : own.getOrDefault(m.group(1), "fuzz"));
                sent.add(new Sent(name, method, uri, emptyType, emptyBody));
            }
        }
        // the query parameters, one at a time
        if (parameters != null) {
            for (var p : parameters.getValuesAs(JsonObject.class)) {
                if (!"query".equals(p.getString("in", ""))) {
                    continue;
                }
                var queryValues = publicLookup ? List.of("%00", "x".repeat(3000), "-1") : QUERY_VALUES;
                for (var value : queryValues) {
                    var encoded = value.startsWith("%") ? value : URLEncoder.encode(value, StandardCharsets.UTF_8);
                    sent.add(new Sent(name, method, baseUri + "?" + p.getString("name") + "=" + encoded,
                            emptyType, emptyBody));
                }
            }
        }
        // and once a shuffled choice of the values above in every parameter at once
        if (parameters != null && !publicLookup) {
            var query = new StringBuilder();
            for (var p : parameters.getValuesAs(JsonObject.class)) {
                if ("query".equals(p.getString("in", ""))) {
                    var value = QUERY_VALUES.get(random.nextInt(QUERY_VALUES.size()));
                    query.append(query.isEmpty() ? "?" : "&").append(p.getString("name")).append('=')
                            .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
                }
            }
            sent.add(new Sent(name, method, baseUri + query, emptyType, emptyBody));
        }
        return sent;
    }

    /**
     * A body that passes the type checks, so that each mutation tests one property: the order is a
     * valid one (for the product of this test), so that values reach the rules and the database.
     */
    private JsonValue baseBody(String name, JsonObject schema, JsonObject schemas, Map<String, String> own) {
        if ("POST /api/orders".equals(name)) {
            return Json.createObjectBuilder()
                    .add("customerName", "Fuzz Tester").add("email", "fuzz@example.com").add("language", "en")
                    .add("address", Json.createObjectBuilder()
                            .add("streetLines", Json.createArrayBuilder().add("1 Queen St"))
                            .add("city", "Auckland").add("postcode", "1010").add("country", "NZ"))
                    .add("productSku", own.get("sku")).add("iccid", "890126000000000000"
                            + com.renewalpost.fulfilment.orders.Iccid.luhnCheckDigit("890126000000000000"))
                    .add("postalService", "STANDARD_LETTER").add("channel", "WEB")
                    .add("externalReference", "FUZZ-" + own.get("number"))
                    .add("payment", Json.createObjectBuilder().add("method", "CARD").add("amount", 25)
                            .add("currency", "USD"))
                    .build();
        }
        return sample(schema, schemas, 0);
    }

    private static JsonValue sample(JsonObject schema, JsonObject schemas, int depth) {
        var resolved = resolve(schema, schemas);
        var type = resolved.getString("type", resolved.containsKey("properties") ? "object" : "string");
        return switch (type) {
            case "object" -> {
                var object = Json.createObjectBuilder();
                if (depth < 3 && resolved.containsKey("properties")) {
                    resolved.getJsonObject("properties").forEach((k, v) ->
                            object.add(k, sample(v.asJsonObject(), schemas, depth + 1)));
                }
                yield object.build();
            }
            case "array" -> Json.createArrayBuilder().build();
            case "integer", "number" -> Json.createValue(0);
            case "boolean" -> JsonValue.FALSE;
            default -> Json.createValue("fuzz");
        };
    }

    /** Every property of the schema, nested ones as a.b. */
    private static List<String> properties(JsonObject schema, JsonObject schemas, String prefix) {
        List<String> names = new ArrayList<>();
        var resolved = resolve(schema, schemas);
        if (!resolved.containsKey("properties") || prefix.chars().filter(c -> c == '.').count() > 2) {
            return names;
        }
        for (var property : resolved.getJsonObject("properties").entrySet()) {
            var name = prefix + property.getKey();
            names.add(name);
            names.addAll(properties(property.getValue().asJsonObject(), schemas, name + "."));
        }
        return names;
    }

    private static JsonObject resolve(JsonObject schema, JsonObject schemas) {
        if (schema.containsKey("$ref")) {
            var ref = schema.getString("$ref");
            return schemas.getJsonObject(ref.substring(ref.lastIndexOf('/') + 1));
        }
        return schema;
    }

    /** The base body with the property at {@code path} (a.b) replaced by the raw JSON {@code value}. */
    private static String replace(JsonObject base, String path, String value) {
        var marker = "\"__fuzz_value__\"";
        var replaced = replaceIn(base, path.split("\\."), 0, marker);
        return replaced.toString().replace(marker, value);
    }

    private static JsonObject replaceIn(JsonObject object, String[] path, int at, String marker) {
        var builder = Json.createObjectBuilder(object);
        if (at == path.length - 1) {
            builder.add(path[at], Json.createValue(marker.substring(1, marker.length() - 1)));
        } else {
            var inner = object.get(path[at]) instanceof JsonObject o ? o : JsonValue.EMPTY_JSON_OBJECT;
            builder.add(path[at], replaceIn(inner, path, at + 1, marker));
        }
        return builder.build();
    }

    private HttpResponse<String> send(Sent sent, Caller caller) {
        var request = HttpRequest.newBuilder(URI.create(server.base().toString().replaceAll("/$", "") + sent.uri()))
                .timeout(Duration.ofSeconds(60)).header("Cookie", caller.cookies()).header("Origin", origin())
                .header("Accept", "application/json")
                .method(sent.method(), sent.body() == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(sent.body()));
        if (sent.contentType() != null) {
            request.header("Content-Type", sent.contentType());
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(sent.method() + " " + abbreviate(sent.uri()), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String origin() {
        return server.base().toString().replaceAll("/$", "");
    }

    private Caller login(Credentials who) throws IOException, InterruptedException {
        var form = "username=" + URLEncoder.encode(who.username(), StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(who.password(), StandardCharsets.UTF_8);
        var response = http.send(HttpRequest.newBuilder(server.url("login")).header("Origin", origin())
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        var cookies = String.join("; ", response.headers().allValues("Set-Cookie").stream()
                .map(c -> c.split(";", 2)[0]).toList());
        assertThat(cookies).as("session of " + who.username() + " (" + response.statusCode() + ")").isNotBlank();
        return new Caller(who.username(), cookies);
    }

    private static String abbreviate(String text) {
        if (text == null) {
            return "(none)";
        }
        return text.length() <= 160 ? text : text.substring(0, 150) + "...(" + text.length() + " chars)";
    }
}
