package com.renewalpost.fulfilment.tracking;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/** The tracking settings ({@code fulfilment.tracking.*}), read when used so that none is cached stale. */
@ApplicationScoped
public class TrackingSettings {

    static final String WEBHOOK_SECRET = "fulfilment.tracking.webhook-secret";

    private Config config() {
        return ConfigProvider.getConfig(TrackingSettings.class.getClassLoader());
    }

    /** The signature of the secret read last: the key is set up once, not on every event. */
    private final AtomicReference<Map.Entry<String, WebhookSignature>> signature = new AtomicReference<>();

    /** The shared secret of the carrier webhook; empty (webhook refused) until one is configured. */
    public Optional<WebhookSignature> webhookSignature() {
        return config().getOptionalValue(WEBHOOK_SECRET, String.class).filter(s -> !s.isBlank()).map(secret -> {
            var last = signature.get();
            if (last != null && last.getKey().equals(secret)) {
                return last.getValue();
            }
            var made = new WebhookSignature(secret);
            signature.set(Map.entry(secret, made));
            return made;
        });
    }

    /** How far ahead of this server's clock an event may be dated (carriers' clocks drift); 15 minutes by default. */
    public Duration futureTolerance() {
        return Duration.ofMinutes(config().getOptionalValue("fulfilment.tracking.future-tolerance-minutes", Integer.class)
                .filter(m -> m >= 0).orElse(15));
    }

    public int learnWindowDays() {
        return config().getOptionalValue("fulfilment.tracking.learn.window-days", Integer.class).orElse(180);
    }

    public int learnMinDeliveries() {
        return config().getOptionalValue("fulfilment.tracking.learn.min-deliveries", Integer.class).orElse(20);
    }

    /**
     * The destination post's public tracking page for an item, when one is configured for the
     * country ({@code fulfilment.tracking.url.<country>}, {@code {number}} standing for the number).
     */
    public Optional<URI> carrierPage(String country, String trackingNumber) {
        return config().getOptionalValue("fulfilment.tracking.url." + country.toUpperCase(Locale.ROOT), String.class)
                .filter(t -> t.startsWith("https://") || t.startsWith("http://"))
                .map(t -> URI.create(t.replace("{number}", trackingNumber)));
    }
}
