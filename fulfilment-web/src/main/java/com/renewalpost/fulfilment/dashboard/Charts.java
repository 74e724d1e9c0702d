package com.renewalpost.fulfilment.dashboard;

import com.renewalpost.fulfilment.tracking.LearnedStandards;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The dashboard's charts as Chart.js configurations (the JSON PrimeFaces' {@code p:chart} takes),
 * and the figures behind them. Pure functions of their input.
 */
public final class Charts {

    /** Items posted on one day. */
    public record Day(LocalDate day, long items) {
    }

    /** Transit days to one destination: the median, and how many deliveries it stands on. */
    public record Destination(String country, double medianDays, int deliveries) {
    }

    private static final String COLOUR = "#1f3a5f";
    private static final String COLOUR_2 = "#2e86c1";

    private Charts() {
    }

    /** Every day from {@code from} to {@code to}, both included, days without postings as 0. */
    static List<Day> everyDay(LocalDate from, LocalDate to, Map<LocalDate, Long> posted) {
        List<Day> days = new ArrayList<>();
        for (var day = from; !day.isAfter(to); day = day.plusDays(1)) {
            days.add(new Day(day, posted.getOrDefault(day, 0L)));
        }
        return days;
    }

    /** Per destination country, alphabetical: the median transit days of its deliveries (all services). */
    public static List<Destination> byDestination(Collection<LearnedStandards.Delivery> deliveries) {
        Map<String, List<Integer>> days = new TreeMap<>();
        deliveries.forEach(d -> days.computeIfAbsent(d.destination(), k -> new ArrayList<>()).add(d.transitDays()));
        return days.entrySet().stream()
                .map(e -> new Destination(e.getKey(), median(e.getValue()), e.getValue().size()))
                .toList();
    }

    static double median(List<Integer> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("no values");
        }
        var sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2.0;
    }

    static String postedPerDay(List<Day> days, String seriesLabel) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder data = Json.createArrayBuilder();
        days.forEach(d -> {
            labels.add(d.day().toString().substring(5)); // MM-DD: the month and day are enough on a 30-day axis
            data.add(d.items());
        });
        return chart("bar", labels, seriesLabel, data, COLOUR, false);
    }

    static String transitDays(List<Destination> destinations, String seriesLabel) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder data = Json.createArrayBuilder();
        destinations.forEach(d -> {
            labels.add(d.country() + " (" + d.deliveries() + ")");
            data.add(d.medianDays());
        });
        return chart("bar", labels, seriesLabel, data, COLOUR_2, true);
    }

    private static String chart(String type, JsonArrayBuilder labels, String seriesLabel, JsonArrayBuilder data,
                                String colour, boolean horizontal) {
        var valueAxis = Json.createObjectBuilder().add("beginAtZero", true)
                .add("ticks", Json.createObjectBuilder().add("precision", 0));
        var options = Json.createObjectBuilder()
                .add("responsive", true)
                .add("maintainAspectRatio", false)
                .add("animation", false) // figures, not a show; also steadier screenshots
                .add("plugins", Json.createObjectBuilder()
                        .add("legend", Json.createObjectBuilder().add("display", false)))
                .add("scales", Json.createObjectBuilder().add(horizontal ? "x" : "y", valueAxis));
        if (horizontal) {
            options.add("indexAxis", "y");
        }
        JsonObject config = Json.createObjectBuilder()
                .add("type", type)
                .add("data", Json.createObjectBuilder()
                        .add("labels", labels)
                        .add("datasets", Json.createArrayBuilder().add(Json.createObjectBuilder()
                                .add("label", seriesLabel)
                                .add("data", data)
                                .add("backgroundColor", colour))))
                .add("options", options)
                .build();
        return config.toString();
    }
}
