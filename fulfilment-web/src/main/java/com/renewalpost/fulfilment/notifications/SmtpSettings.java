package com.renewalpost.fulfilment.notifications;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How to reach the mail server.
 *
 * @param user     SMTP AUTH user, empty for a server that needs no login
 * @param startTls require STARTTLS before anything else is said (codes never cross the network in clear)
 * @param timeout  for connecting, and for each read and write
 */
public record SmtpSettings(String host, int port, Optional<String> user, Optional<String> password, boolean startTls,
                           Duration timeout) {

    public SmtpSettings {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(timeout, "timeout");
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("SMTP port must be between 1 and 65535");
        }
    }

    /** The password stays out of logs. */
    @Override
    public String toString() {
        return "SmtpSettings[" + host + ":" + port + ", user " + user.orElse("(none)") + ", STARTTLS "
                + (startTls ? "required" : "off") + ", timeout " + timeout + "]";
    }
}
