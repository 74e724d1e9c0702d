package com.renewalpost.fulfilment.staff;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where the current request comes from, for the audit log, the login limits and the public
 * lookups' rate limits: one answer everywhere.
 *
 * <p>The address is the TCP peer's, unless that peer is one of the configured trusted reverse
 * proxies ({@code fulfilment.http.trusted-proxies}). Then it is taken from the proxy's header
 * ({@code fulfilment.http.client-address-header}, X-Forwarded-For by default): the right-most
 * address in it that is not itself a trusted proxy. Everything to the left of that was written by
 * the client and can be anything, so it is never believed. Without trusted proxies the header is
 * ignored: anyone can send it.
 */
@ApplicationScoped
public class RequestOrigin {

    /** The audit column's width; an IPv6 address with a zone fits. */
    static final int MAX_ADDRESS_LENGTH = 64;

    @Inject
    HttpServletRequest request;
    @Inject
    @ConfigProperty(name = "fulfilment.http.trusted-proxies")
    Optional<String> trustedProxies;
    @Inject
    @ConfigProperty(name = "fulfilment.http.client-address-header", defaultValue = "X-Forwarded-For")
    String clientAddressHeader;

    /** The client's address, or "internal" outside a web request (start-up, scheduled jobs). */
    public String clientAddress() {
        try {
            return clientAddress(request);
        } catch (RuntimeException noRequest) {
            return "internal";
        }
    }

    /** The client's address of this request. */
    public String clientAddress(HttpServletRequest request) {
        return clientAddress(request.getRemoteAddr(), request.getHeaders(clientAddressHeader) == null ? List.of()
                : Collections.list(request.getHeaders(clientAddressHeader)), trusted());
    }

    /** The right-most untrusted address of the chain peer ← header entries, right to left. */
    static String clientAddress(String peer, List<String> headerValues, Set<String> trusted) {
        if (!trusted.contains(peer)) {
            return peer;
        }
        var hops = new ArrayList<String>();
        for (var value : headerValues) {
            for (var hop : value.split(",")) {
                hops.add(hop.strip());
            }
        }
        for (int i = hops.size() - 1; i >= 0; i--) {
            var hop = hops.get(i);
            if (!looksLikeAnAddress(hop)) {
                // a trusted proxy wrote what it saw; garbage here means a misconfigured chain:
                // the proxy itself is the best address known
                return peer;
            }
            if (!trusted.contains(hop)) {
                return hop;
            }
        }
        return peer;
    }

    private static boolean looksLikeAnAddress(String hop) {
        return !hop.isEmpty() && hop.length() <= MAX_ADDRESS_LENGTH && hop.chars().allMatch(c ->
                (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F') || c == '.' || c == ':'
                        || c == '[' || c == ']' || c == '%');
    }

    private Set<String> trusted() {
        return trustedProxies.stream().flatMap(list -> Arrays.stream(list.split(","))).map(String::strip)
                .filter(s -> !s.isEmpty()).collect(Collectors.toUnmodifiableSet());
    }
}
