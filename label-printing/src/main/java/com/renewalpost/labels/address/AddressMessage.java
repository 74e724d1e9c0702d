package com.renewalpost.labels.address;

import java.io.Serializable;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * A message about an address, as a key of the {@code AddressMessages} bundle beside this class
 * (English, and Simplified Chinese for {@code zh}, {@code zh-CN}, {@code zh-Hans}) with its arguments;
 * worded in the reader's language only where it is shown ({@link #in}).
 * <p>
 * Arguments are strings and numbers as given, {@link AddressField}s (by their name in the
 * language), {@link Country}s (the country's name in the language), {@link Word}s (a word of the
 * bundle, such as what a country calls its postcode) and other address messages.
 */
public record AddressMessage(String key, List<Serializable> arguments) implements Serializable {

    static final String BUNDLE = "com.renewalpost.labels.address.AddressMessages";

    /** A country, named in the reader's language; {@code englishName} where the JDK has no name for it. */
    public record Country(String code, String englishName) implements Serializable {
    }

    /** A word of the bundle ({@code word.*}), lower-cased in the middle of a sentence where the language has cases. */
    public record Word(String key, boolean lowerCase) implements Serializable {
    }

    public AddressMessage {
        arguments = List.copyOf(arguments);
    }

    static AddressMessage of(String key, Serializable... arguments) {
        return new AddressMessage(key, List.of(arguments));
    }

    /** The message in this language: Simplified Chinese for Chinese readers outside the traditional script, else English. */
    public String in(Locale locale) {
        Locale language = supported(locale);
        ResourceBundle bundle = bundle(language);
        List<Object> worded = new ArrayList<>(arguments.size());
        for (Serializable argument : arguments) {
            worded.add(worded(argument, bundle, language));
        }
        return new MessageFormat(bundle.getString(key), language).format(worded.toArray());
    }

    /** English, as {@link AddressProblem#message()} gives it. */
    @Override
    public String toString() {
        return in(Locale.ENGLISH);
    }

    /** The bundle of these messages in one of its two languages. */
    static ResourceBundle bundle(Locale language) {
        return ResourceBundle.getBundle(BUNDLE, language, AddressMessage.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    static Locale supported(Locale locale) {
        boolean chinese = locale != null && "zh".equals(locale.getLanguage()) && !"Hant".equals(locale.getScript())
                && !List.of("TW", "HK", "MO").contains(locale.getCountry());
        return chinese ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
    }

    private static Object worded(Serializable argument, ResourceBundle bundle, Locale language) {
        if (argument instanceof AddressMessage message) {
            return message.in(language);
        }
        if (argument instanceof AddressField field) {
            return bundle.getString("field." + field.name());
        }
        if (argument instanceof Word word) {
            String text = bundle.getString(word.key());
            return word.lowerCase() ? text.toLowerCase(language) : text;
        }
        if (argument instanceof Country country) {
            @SuppressWarnings("deprecation") // Locale(String, String) is the Java 17 way to name a bare region
            String name = new Locale("", country.code()).getDisplayCountry(language);
            return name.isBlank() || name.equalsIgnoreCase(country.code()) ? country.englishName() : name;
        }
        return argument;
    }
}
