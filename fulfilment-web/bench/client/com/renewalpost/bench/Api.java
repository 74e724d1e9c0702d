package com.renewalpost.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The application's HTTP interface as a client sees it: one base URL, HTTP/1.1 (what a shop's or
 * carrier's integration uses), cookies kept for a staff session. Answers are read with small
 * patterns rather than a JSON library, so that the client needs nothing beyond the JDK.
 */
final class Api {

    /** An answer that was not what the benchmark expects: the run fails, whatever its figures. */
    static final class Unexpected extends RuntimeException {
        Unexpected(String message) {
            super(message);
        }
    }

    final String base;
    final HttpClient http;
    private String authorization;
    private boolean sameOrigin;

    Api(String base) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).cookieHandler(new CookieManager()).build();
    }

    Api bearer(String token) {
        authorization = "Bearer " + token;
        return this;
    }

    Api basic(String user, String password) {
        authorization = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
        return this;
    }

    /** Logs in with the staff login form; the session cookie then authenticates, as in a browser. */
    Api login(String user, String password) {
        authorization = null;
        sameOrigin = true;
        var form = "username=" + enc(user) + "&password=" + enc(password);
        var answer = send(request("/login").header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofString(form)), 200);
        if (answer.body().contains("\"mustChangePassword\":true")) {
            throw new Unexpected("the account must still change its password");
        }
        return this;
    }

    HttpRequest.Builder request(String path) {
        var builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(10));
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        if (sameOrigin) {
            // state changes under a session cookie must come from the application's own pages
            builder.header("Origin", base);
        }
        return builder;
    }

    HttpResponse<String> get(String path, int... expected) {
        return send(request(path).GET(), expected);
    }

    HttpResponse<byte[]> getBytes(String path) {
        try {
            var response = http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new Unexpected("GET " + path + " answered " + response.statusCode());
            }
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    HttpResponse<String> post(String path, String contentType, String body, int... expected) {
        return send(request(path).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)), expected);
    }

    HttpResponse<String> put(String path, String contentType, String body, int... expected) {
        return send(request(path).header("Content-Type", contentType)
                .PUT(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)), expected);
    }

    HttpResponse<String> send(HttpRequest.Builder builder, int... expected) {
        var request = builder.build();
        try {
            var response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            for (int code : expected) {
                if (response.statusCode() == code) {
                    return response;
                }
            }
            var body = response.body();
            throw new Unexpected(request.method() + " " + request.uri().getPath() + " answered "
                    + response.statusCode() + ": " + (body.length() > 600 ? body.substring(0, 600) + "…" : body));
        } catch (IOException e) {
            throw new UncheckedIOException(request.method() + " " + request.uri().getPath() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String enc(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** The first string value of a JSON field in the text. */
    static String string(String json, String field) {
        var m = Pattern.compile("\"" + Pattern.quote(field) + "\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(json);
        if (!m.find()) {
            throw new Unexpected("no field " + field + " in " + shorten(json));
        }
        return m.group(1).replace("\\/", "/").replace("\\\"", "\"").replace("\\\\", "\\");
    }

    /** The first number value of a JSON field in the text. */
    static long number(String json, String field) {
        var m = Pattern.compile("\"" + Pattern.quote(field) + "\"\\s*:\\s*(-?\\d+)").matcher(json);
        if (!m.find()) {
            throw new Unexpected("no field " + field + " in " + shorten(json));
        }
        return Long.parseLong(m.group(1));
    }

    static List<String> strings(String json, String field) {
        Matcher m = Pattern.compile("\"" + Pattern.quote(field) + "\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(json);
        List<String> all = new ArrayList<>();
        while (m.find()) {
            all.add(m.group(1));
        }
        return all;
    }

    static String shorten(String s) {
        return s.length() > 400 ? s.substring(0, 400) + "…" : s;
    }
}
