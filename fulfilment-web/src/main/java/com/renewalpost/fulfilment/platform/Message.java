package com.renewalpost.fulfilment.platform;

import java.io.Serializable;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * A message the server produces, as a key of the {@code ui/messages} bundle and its arguments;
 * worded with {@link MessageFormat} in the reader's language where it is shown.
 * <p>
 * Arguments stay what they are: strings and numbers (counts are formatted for the locale; pass
 * numbers that are names, such as ids, as strings), other {@link Text}s (worded in the same
 * language), enum constants, which become their display name ({@link #nameOf}), and points in time
 * ({@link Moment}: to the minute, in the staff's time zone). Anything
 * else is kept as its string form, so that a message can be kept with the data it speaks about.
 */
public record Message(String key, List<Serializable> arguments) implements Text {

    public static final String BUNDLE = "ui.messages";

    public Message {
        arguments = List.copyOf(arguments);
    }

    public static Message of(String key, Object... arguments) {
        var kept = new ArrayList<Serializable>(arguments.length);
        for (var argument : arguments) {
            kept.add(argument(argument));
        }
        return new Message(key, kept);
    }

    /** The display name of an enum constant: key {@code Type.CONSTANT} ({@code Outer.Type.CONSTANT} when nested). */
    public static Message nameOf(Enum<?> value) {
        return new Message(enumKey(value), List.of());
    }

    /** The bundle key of an enum constant's display name. */
    public static String enumKey(Enum<?> value) {
        var type = value.getDeclaringClass();
        var name = type.getEnclosingClass() == null ? type.getSimpleName()
                : type.getEnclosingClass().getSimpleName() + "." + type.getSimpleName();
        return name + "." + value.name();
    }

    /** The server's messages in this language (English is the base bundle; no fallback to the JVM's locale). */
    public static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, StaffLanguage.of(locale), Message.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    @Override
    public String in(Locale locale) {
        var supported = StaffLanguage.of(locale);
        var pattern = bundle(supported).getString(key);
        var worded = arguments.stream().map(a -> a instanceof Text text ? text.in(supported) : a).toArray();
        return new MessageFormat(pattern, supported).format(worded);
    }

    /** English, for logs and exception messages; pages and answers use {@link #in}. */
    @Override
    public String toString() {
        try {
            return in(Locale.ENGLISH);
        } catch (MissingResourceException | IllegalArgumentException e) {
            return key + Arrays.toString(arguments.toArray());
        }
    }

    /** An argument as a message keeps it (see above). */
    static Serializable argument(Object argument) {
        if (argument instanceof Enum<?> e) {
            return nameOf(e);
        }
        if (argument instanceof java.time.OffsetDateTime at) {
            return new Moment(at.toInstant());
        }
        if (argument instanceof java.time.Instant at) {
            return new Moment(at);
        }
        if (argument instanceof java.time.ZonedDateTime at) {
            return new Moment(at.toInstant());
        }
        if (argument instanceof String || argument instanceof Number || argument instanceof Text) {
            return (Serializable) argument;
        }
        return argument == null ? "" : argument.toString();
    }
}
