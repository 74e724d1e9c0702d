package com.renewalpost.fulfilment.reliability;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * The REST API of one instance as a client sees it: a staff member's session (form login, then
 * the session cookie, with the {@code Origin} header every state-changing call must carry), or an
 * integration's API key. Logging in hashes a password (PBKDF2, 600,000 rounds), so a test logs in
 * once per instance rather than sending a password with every call.
 */
final class Api {

    private final URI base;
    private final HttpClient client;
    private final String bearer;

    private Api(URI base, HttpClient client, String bearer) {
        this.base = base;
        this.client = client;
        this.bearer = bearer;
    }

    /** Logs in with the form; an account that must change its password does so (to {@code newPassword}). */
    static Api login(URI base, String username, String password, String newPassword) {
        var api = new Api(base, HttpClient.newBuilder().cookieHandler(new CookieManager())
                .connectTimeout(Duration.ofSeconds(5)).build(), null);
        var form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        var response = api.send(api.request("login").header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofString(form)));
        if (response.statusCode() != 200) {
            throw new AssertionError("login of " + username + " at " + base + ": " + response.statusCode() + " " + response.body());
        }
        if (json(response.body()).getBoolean("mustChangePassword")) {
            var change = api.put("api/me/password", Json.createObjectBuilder().add("currentPassword", password)
                    .add("newPassword", newPassword).build());
            if (change.statusCode() != 204) {
                throw new AssertionError("password change of " + username + ": " + change.statusCode() + " " + change.body());
            }
        }
        return api;
    }

    /** An integration calling with its API key ({@code Authorization: Bearer rp_...}). */
    static Api withKey(URI base, String token) {
        return new Api(base, HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build(), token);
    }

    URI base() {
        return base;
    }

    HttpResponse<String> get(String path) {
        return send(request(path).GET());
    }

    JsonObject getJson(String path) {
        var response = get(path);
        if (response.statusCode() != 200) {
            throw new AssertionError("GET " + path + ": " + response.statusCode() + " " + response.body());
        }
        return json(response.body());
    }

    HttpResponse<String> post(String path, JsonStructure body) {
        return post(path, body == null ? "" : body.toString(), "application/json");
    }

    HttpResponse<String> post(String path, String body, String contentType) {
        return send(request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    HttpResponse<String> put(String path, JsonStructure body) {
        return send(request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    /** A request to this instance, authenticated as this client; the caller adds method, body, headers. */
    HttpRequest.Builder request(String path) {
        var builder = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofMinutes(5))
                .header("Origin", "http://" + base.getHost() + ":" + base.getPort());
        return bearer == null ? builder : builder.header("Authorization", "Bearer " + bearer);
    }

    HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static JsonObject json(String body) {
        try (var reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }
}
