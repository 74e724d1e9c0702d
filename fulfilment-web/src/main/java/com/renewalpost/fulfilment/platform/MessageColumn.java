package com.renewalpost.fulfilment.platform;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import java.io.Serializable;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@link Message} kept in a text column as JSON, {@code {"key": "...", "arguments": [...]}}, so that
 * what the system wrote is read later in each reader's language. Arguments are strings, numbers,
 * other messages (objects), listings ({@code {"list": [...]}}) and moments ({@code {"at": "2026-...Z"}}); a string argument longer than
 * {@value #LONGEST_ARGUMENT} characters is shortened, so that the whole fits its column.
 */
@Converter
public class MessageColumn implements AttributeConverter<Message, String> {

    static final int LONGEST_ARGUMENT = 600;
    /** An instant as {@code OffsetDateTime.toString()} wrote it, e.g. 2026-12-03T07:41:22.123456789Z. */
    private static final java.util.regex.Pattern STORED_INSTANT = java.util.regex.Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:\\d{2})");

    /**
     * Found once: {@code Json.createXxx} looks the provider up through the service loader on every call, which
     * was a tenth of a CSV import's CPU (every timeline line and audit entry keeps a message). Thread-safe.
     */
    private static final JsonProvider JSON = JsonProvider.provider();

    @Override
    public String convertToDatabaseColumn(Message message) {
        return message == null ? null : json(message).toString();
    }

    @Override
    public Message convertToEntityAttribute(String column) {
        if (column == null || column.isBlank()) {
            return null;
        }
        try (var reader = JSON.createReader(new StringReader(column))) {
            return message(reader.readObject());
        }
    }

    private static JsonObject json(Message message) {
        var arguments = JSON.createArrayBuilder();
        message.arguments().forEach(a -> arguments.add(json(a)));
        return JSON.createObjectBuilder().add("key", message.key()).add("arguments", arguments).build();
    }

    private static JsonValue json(Serializable argument) {
        if (argument instanceof Message message) {
            return json(message);
        }
        if (argument instanceof Moment moment) {
            return JSON.createObjectBuilder().add("at", moment.at().toString()).build();
        }
        if (argument instanceof Listing listing) {
            var items = JSON.createArrayBuilder();
            listing.items().forEach(i -> items.add(json(i)));
            return JSON.createObjectBuilder().add("list", items).build();
        }
        if (argument instanceof Number number) {
            return JSON.createValue(new java.math.BigDecimal(number.toString()));
        }
        if (argument instanceof String text) {
            return JSON.createValue(text.length() <= LONGEST_ARGUMENT ? text : text.substring(0, LONGEST_ARGUMENT - 1) + "…");
        }
        throw new IllegalArgumentException("A kept message takes strings, numbers, messages and listings, not "
                + argument.getClass().getSimpleName());
    }

    private static Message message(JsonObject json) {
        List<Serializable> arguments = new ArrayList<>();
        for (var value : json.getJsonArray("arguments")) {
            arguments.add(argument(value));
        }
        return new Message(json.getString("key"), arguments);
    }

    private static Serializable argument(JsonValue value) {
        if (value instanceof JsonString text) {
            // times kept as text before they were kept as moments: read as moments, shown to the minute
            return STORED_INSTANT.matcher(text.getString()).matches()
                    ? new Moment(java.time.OffsetDateTime.parse(text.getString()).toInstant()) : text.getString();
        }
        if (value instanceof JsonNumber number) {
            return number.isIntegral() ? (Serializable) number.longValue() : number.bigDecimalValue();
        }
        var object = value.asJsonObject();
        if (object.containsKey("at")) {
            return new Moment(java.time.Instant.parse(object.getString("at")));
        }
        if (object.containsKey("list")) {
            List<Serializable> items = new ArrayList<>();
            for (var item : (JsonArray) object.get("list")) {
                items.add(argument(item));
            }
            return new Listing(items);
        }
        return message(object);
    }
}
