package com.renewalpost.fulfilment.it;

import com.renewalpost.fulfilment.staff.StaffAccounts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A new staff member logged in once, as a browser is: the session cookie, and its own Origin on
 * every call (the cross-site check). A password check costs a deliberately slow hash, so a test
 * class keeps one session for all its calls rather than sending the password (Basic) with each.
 */
public final class StaffSession {

    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    private final URL base;
    private final StaffFixture.Credentials credentials;

    private StaffSession(URL base, StaffFixture.Credentials credentials) {
        this.base = base;
        this.credentials = credentials;
    }

    /** A new account with these roles, logged in at the deployment. */
    public static StaffSession of(URL base, StaffAccounts accounts, Set<String> roles) {
        var session = new StaffSession(base, StaffFixture.newAccount(accounts, roles));
        session.login();
        return session;
    }

    public String username() {
        return credentials.username();
    }

    private void login() {
        var form = "username=" + URLEncoder.encode(credentials.username(), StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(credentials.password(), StandardCharsets.UTF_8);
        var response = send(request("login").header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofString(form)));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    /** A request to a path of the deployment, with this session's Origin. */
    public HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(local(path)).header("Origin", origin());
    }

    public HttpResponse<String> get(String path) {
        return send(request(path).GET());
    }

    /** POST of a body of this type (null: none). */
    public HttpResponse<String> post(String path, String type, String body) {
        var request = request(path);
        if (body == null) {
            return send(request.POST(HttpRequest.BodyPublishers.noBody()));
        }
        return send(request.header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public HttpResponse<String> send(HttpRequest.Builder request) {
        return send(request, HttpResponse.BodyHandlers.ofString());
    }

    public <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> body) {
        try {
            return client.send(request.build(), body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String origin() {
        return "http://127.0.0.1:" + base.getPort();
    }

    /** The deployment's address on loopback, where the server listens. */
    private URI local(String path) {
        var context = base.getPath().endsWith("/") ? base.getPath() : base.getPath() + "/";
        return URI.create(origin() + context + path);
    }
}
