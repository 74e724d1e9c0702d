package com.renewalpost.fulfilment.platform;

import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Several things named in one argument of a {@link Message} (the statuses an order may take next,
 * the codes a field accepts), each worded like a message argument, joined as the language lists
 * things: "a, b, c" in English, "a、b、c" in Chinese.
 */
public record Listing(List<Serializable> items) implements Text {

    public Listing {
        items = List.copyOf(items);
    }

    public static Listing of(Collection<?> items) {
        return new Listing(items.stream().map(Message::argument).toList());
    }

    @Override
    public String in(Locale locale) {
        var separator = StaffLanguage.of(locale).equals(Locale.SIMPLIFIED_CHINESE) ? "、" : ", ";
        return items.stream().map(item -> item instanceof Text text ? text.in(locale) : String.valueOf(item))
                .collect(Collectors.joining(separator));
    }

    /** English, for logs and exception messages. */
    @Override
    public String toString() {
        return in(Locale.ENGLISH);
    }
}
