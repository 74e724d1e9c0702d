package com.renewalpost.labels.letter;

import com.renewalpost.labels.PrintSettings;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** A top-up voucher for an existing line. */
public record Voucher(String pin) implements LetterCode {

    public Voucher {
        if (pin == null || pin.isBlank()) {
            throw new IllegalArgumentException("The voucher PIN is required");
        }
        pin = pin.strip();
    }

    @Override
    public String forTyping() {
        return pin;
    }

    @Override
    public String forReading() {
        return CodeGroups.group(pin);
    }

    /** The bare PIN, or the configured top-up URL with the PIN in place of {@code {pin}}. */
    @Override
    public String qrPayload(String topUpUrlTemplate) {
        return topUpUrlTemplate == null ? pin
                : topUpUrlTemplate.replace(PrintSettings.PIN_PLACEHOLDER, URLEncoder.encode(pin, StandardCharsets.UTF_8));
    }
}
