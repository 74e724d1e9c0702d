package com.renewalpost.fulfilment.it;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What {@code /metrics} answered (Prometheus text format): each sample line as
 * {@code name{label="value",...} number}, found by name and labels.
 */
public record MetricsPage(String text, Map<String, Double> samples) {

    public static MetricsPage of(String text) {
        Map<String, Double> samples = new LinkedHashMap<>();
        for (var line : text.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int space = line.lastIndexOf(' ');
            samples.put(line.substring(0, space).strip(), Double.valueOf(line.substring(space + 1).strip()));
        }
        return new MetricsPage(text, samples);
    }

    /** The application's sample of this name whose labels include every given {@code label="value"}. */
    public Optional<Double> value(String name, String... labels) {
        return samples.entrySet().stream()
                .filter(e -> e.getKey().equals(name) || e.getKey().startsWith(name + "{"))
                .filter(e -> e.getKey().contains("mp_scope=\"application\""))
                .filter(e -> Arrays.stream(labels).allMatch(e.getKey()::contains))
                .map(Map.Entry::getValue).findFirst();
    }
}
