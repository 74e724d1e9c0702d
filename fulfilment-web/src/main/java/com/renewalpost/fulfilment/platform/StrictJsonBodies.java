package com.renewalpost.fulfilment.platform;

import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.JsonbException;
import jakarta.json.spi.JsonProvider;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Reads every JSON request body (a record) strictly, instead of JSON-B's lenient conversions
 * ({@code "enable"} as false, 1 as false, 1e30 as 1073741824, 2.5 as 2, a string as a number...).
 * The body is parsed with JSON-P first and each value is checked against the record component it
 * fills: booleans are JSON true/false, whole numbers are JSON numbers without a fraction and within
 * the Java type's range, strings are JSON strings, dates parse, enumerations name a constant, list
 * items are not null, and every {@link BigDecimal} of a request is money: at most 2 decimals and 10
 * digits before the point (the NUMERIC(12,2) columns). Every wrong value is reported at once, by
 * field, as a 400 problem; only then does JSON-B bind the (now unambiguous) body. A missing body
 * or {@code null} is refused too, so no resource ever gets a null request. (An interceptor rather
 * than a reader of its own: Jersey may pick its JSON-B reader over an application's.)
 */
@Provider
public class StrictJsonBodies implements ReaderInterceptor {

    private static final BigDecimal MONEY_LIMIT = new BigDecimal("1E10");
    /** Found once, not per body as {@code Json.createReader} does (a service-loader look-up each time). */
    private static final JsonProvider JSON = JsonProvider.provider();

    /**
     * Before JSON-B binds a record, the body is read and checked as said above; JSON-B then binds the
     * same bytes. A request without a body never reaches a reader at all: refused here too.
     */
    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (!context.getType().isRecord()) {
            return context.proceed();
        }
        var bytes = context.getInputStream().readAllBytes();
        read(new ByteArrayInputStream(bytes), context.getGenericType());
        context.setInputStream(new ByteArrayInputStream(bytes));
        var body = context.proceed();
        if (body == null) {
            throw refused("missing-body", Message.of("body.objectNeeded"), List.of());
        }
        return body;
    }

    /** The body as JSON-P, after the checks above; a 400 problem otherwise. */
    static JsonValue read(InputStream body, Type type) {
        JsonValue value;
        try (var in = new PushbackInputStream(body, 1)) {
            int first = in.read();
            if (first < 0) {
                throw refused("missing-body", Message.of("body.objectNeeded"), List.of());
            }
            in.unread(first);
            try (var reader = JSON.createReader(in)) {
                value = reader.readValue();
            }
        } catch (JsonException | JsonbException | IOException e) {
            throw refused("unreadable-body", Message.of("body.notJson"), List.of());
        }
        if (value.getValueType() == JsonValue.ValueType.NULL) {
            throw refused("missing-body", Message.of("body.notNull"), List.of());
        }
        var errors = new ArrayList<ProblemDetail.FieldText>();
        check(value, type, "", errors);
        if (!errors.isEmpty()) {
            throw refused("wrong-type", Message.of("body.wrongTypes", errors.size()), errors);
        }
        return value;
    }

    /** Adds a field error for every value in {@code value} that does not fit {@code type} exactly. */
    static void check(JsonValue value, Type type, String path, List<ProblemDetail.FieldText> errors) {
        var raw = raw(type);
        var name = path.isEmpty() ? "body" : path;
        if (value.getValueType() == JsonValue.ValueType.NULL) {
            if (raw.isPrimitive()) {
                errors.add(new ProblemDetail.FieldText(name, Message.of("body.notNullValue")));
            }
            return; // absent: the rules of the request say whether it is required
        }
        if (raw == String.class) {
            expect(value, JsonValue.ValueType.STRING, name, Message.of("body.string"), errors);
        } else if (raw == Boolean.class || raw == boolean.class) {
            if (value != JsonValue.TRUE && value != JsonValue.FALSE) {
                errors.add(new ProblemDetail.FieldText(name, Message.of("body.boolean")));
            }
        } else if (raw == Integer.class || raw == int.class) {
            wholeNumber(value, name, Integer.MIN_VALUE, Integer.MAX_VALUE, errors);
        } else if (raw == Long.class || raw == long.class) {
            wholeNumber(value, name, Long.MIN_VALUE, Long.MAX_VALUE, errors);
        } else if (raw == Short.class || raw == short.class) {
            wholeNumber(value, name, Short.MIN_VALUE, Short.MAX_VALUE, errors);
        } else if (raw == BigDecimal.class) {
            money(value, name, errors);
        } else if (raw == LocalDate.class) {
            temporal(value, name, Message.of("body.date"), LocalDate::parse, errors);
        } else if (raw == OffsetDateTime.class) {
            temporal(value, name, Message.of("body.time"),
                    OffsetDateTime::parse, errors);
        } else if (raw.isEnum()) {
            var names = Arrays.stream(raw.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
            if (!(value instanceof JsonString s) || !names.contains(s.getString())) {
                errors.add(new ProblemDetail.FieldText(name, Message.of("body.oneOf", String.join(", ", names))));
            }
        } else if (Collection.class.isAssignableFrom(raw)) {
            if (value instanceof JsonArray array) {
                var item = argument(type, 0);
                for (int i = 0; i < array.size(); i++) {
                    var element = array.get(i);
                    if (element.getValueType() == JsonValue.ValueType.NULL) {
                        errors.add(new ProblemDetail.FieldText(name + "[" + i + "]", Message.of("body.notNullValue")));
                    } else {
                        check(element, item, name + "[" + i + "]", errors);
                    }
                }
            } else {
                errors.add(new ProblemDetail.FieldText(name, Message.of("body.array")));
            }
        } else if (Map.class.isAssignableFrom(raw)) {
            if (value instanceof JsonObject object) {
                var item = argument(type, 1);
                object.forEach((key, element) -> check(element, item, name + "." + key, errors));
            } else {
                errors.add(new ProblemDetail.FieldText(name, Message.of("body.object")));
            }
        } else if (raw.isRecord()) {
            if (value instanceof JsonObject object) {
                for (var component : raw.getRecordComponents()) {
                    var element = object.get(component.getName());
                    if (element != null) {
                        check(element, component.getGenericType(),
                                path.isEmpty() ? component.getName() : path + "." + component.getName(), errors);
                    }
                }
            } else {
                errors.add(new ProblemDetail.FieldText(name, Message.of("body.object")));
            }
        }
    }

    private static void expect(JsonValue value, JsonValue.ValueType wanted, String name, Message message,
                               List<ProblemDetail.FieldText> errors) {
        if (value.getValueType() != wanted) {
            errors.add(new ProblemDetail.FieldText(name, message));
        }
    }

    private static void wholeNumber(JsonValue value, String name, long min, long max,
                                    List<ProblemDetail.FieldText> errors) {
        // the limits as written, not grouped for a locale
        var message = Message.of("body.wholeNumber", String.valueOf(min), String.valueOf(max));
        if (!(value instanceof JsonNumber number)) {
            errors.add(new ProblemDetail.FieldText(name, message));
            return;
        }
        var decimal = number.bigDecimalValue();
        // a huge exponent (1e999999999) must not be expanded to find out it is too big
        if (decimal.precision() - decimal.scale() > 20) {
            errors.add(new ProblemDetail.FieldText(name, message));
            return;
        }
        BigInteger whole;
        try {
            whole = decimal.toBigIntegerExact();
        } catch (ArithmeticException fraction) {
            errors.add(new ProblemDetail.FieldText(name, message));
            return;
        }
        if (whole.compareTo(BigInteger.valueOf(min)) < 0 || whole.compareTo(BigInteger.valueOf(max)) > 0) {
            errors.add(new ProblemDetail.FieldText(name, message));
        }
    }

    private static void money(JsonValue value, String name, List<ProblemDetail.FieldText> errors) {
        var message = Message.of("body.amount");
        if (!(value instanceof JsonNumber number)) {
            errors.add(new ProblemDetail.FieldText(name, message));
            return;
        }
        var amount = number.bigDecimalValue();
        if (amount.precision() - amount.scale() > 11 || amount.abs().compareTo(MONEY_LIMIT) >= 0
                || amount.stripTrailingZeros().scale() > 2) {
            errors.add(new ProblemDetail.FieldText(name, message));
        }
    }

    private static void temporal(JsonValue value, String name, Message message,
                                 java.util.function.Function<String, ?> parse, List<ProblemDetail.FieldText> errors) {
        if (!(value instanceof JsonString s)) {
            errors.add(new ProblemDetail.FieldText(name, message));
            return;
        }
        try {
            parse.apply(s.getString());
        } catch (DateTimeParseException e) {
            errors.add(new ProblemDetail.FieldText(name, message));
        }
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c) {
            return c;
        }
        return Object.class;
    }

    private static Type argument(Type type, int index) {
        return type instanceof ParameterizedType p && p.getActualTypeArguments().length > index
                ? p.getActualTypeArguments()[index] : Object.class;
    }

    private static ProblemException refused(String type, Message detail, List<ProblemDetail.FieldText> errors) {
        return new ProblemException(ProblemDetail.of(Response.Status.BAD_REQUEST, type, detail).withErrors(null, errors));
    }
}
