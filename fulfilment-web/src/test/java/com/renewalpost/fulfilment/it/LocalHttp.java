package com.renewalpost.fulfilment.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * HTTP calls from a test in the server to the deployment itself, on loopback where the server
 * listens (Arquillian's URL names the machine's address).
 */
public final class LocalHttp {

    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;

    public LocalHttp(URL deployment) {
        var context = deployment.getPath().endsWith("/") ? deployment.getPath() : deployment.getPath() + "/";
        this.base = "http://127.0.0.1:" + deployment.getPort() + context;
    }

    /** GET, with the Authorization header when one is given. */
    public HttpResponse<String> get(String path, String authorization) {
        var request = HttpRequest.newBuilder(URI.create(base + path)).GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return send(request);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A port nothing listens on now, on loopback. */
    public static int freeLoopbackPort() {
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
