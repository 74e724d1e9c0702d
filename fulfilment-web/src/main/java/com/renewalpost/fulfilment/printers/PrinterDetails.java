package com.renewalpost.fulfilment.printers;

import com.renewalpost.fulfilment.platform.Message;
import com.renewalpost.fulfilment.platform.DomainException;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A label printer as an admin describes it (the API's body and the admin form): a name people
 * know it by, the host its raw port listens on (a DNS name or an IPv4 / IPv6 address) and the port
 * (9100 unless the printer says otherwise).
 */
public record PrinterDetails(String name, String host, Integer port) {

    public static final int RAW_PORT = 9100;
    static final int MAX_NAME = 60;
    /** One label of a DNS name (RFC 1123): letters, digits and inner hyphens, 1 to 63 characters. */
    private static final Pattern LABEL = Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?");
    private static final Pattern DOTTED_NUMBERS = Pattern.compile("[0-9.]+");
    private static final Pattern IPV4 = Pattern.compile(
            "((25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])");

    /** Every field's problem, worded as message keys; empty when the printer can be stored. */
    public List<DomainException.FieldError> problems() {
        var problems = new ArrayList<DomainException.FieldError>();
        if (name == null || name.isBlank() || name.strip().length() > MAX_NAME || name.chars().anyMatch(Character::isISOControl)) {
            problems.add(new DomainException.FieldError("name", Message.of("printers.name", MAX_NAME)));
        }
        if (!isHost(host)) {
            problems.add(new DomainException.FieldError("host", Message.of("printers.host")));
        }
        if (port == null || port < 1 || port > 65535) {
            problems.add(new DomainException.FieldError("port", Message.of("printers.port", RAW_PORT)));
        }
        return problems;
    }

    /** A DNS name, an IPv4 address in dotted form, or an IPv6 address (brackets allowed). */
    static boolean isHost(String typed) {
        if (typed == null || typed.isBlank()) {
            return false;
        }
        var host = typed.strip();
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        if (host.contains(":")) {
            return isIpv6(host);
        }
        if (DOTTED_NUMBERS.matcher(host).matches()) {
            return IPV4.matcher(host).matches();
        }
        if (host.length() > 253) {
            return false;
        }
        for (var label : host.split("\\.", -1)) {
            if (!LABEL.matcher(label).matches()) {
                return false;
            }
        }
        return true;
    }

    private static boolean isIpv6(String host) {
        if (!host.matches("[0-9A-Fa-f:.]+")) {
            return false; // no zone ids, nothing the resolver would have to look up
        }
        try {
            // a string with colons is parsed as an IPv6 literal, never looked up
            return InetAddress.getByName(host) instanceof Inet6Address;
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
