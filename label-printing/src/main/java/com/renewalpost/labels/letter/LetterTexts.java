package com.renewalpost.labels.letter;

import java.text.MessageFormat;
import java.util.EnumMap;
import java.util.Map;
import java.util.ResourceBundle;

/** The letter's wording in one language, from the {@code LetterText} resource bundles. */
final class LetterTexts {

    private static final String BUNDLE = "com.renewalpost.labels.letter.LetterText";
    private static final Map<LetterLanguage, LetterTexts> LOADED = new EnumMap<>(LetterLanguage.class);

    private final ResourceBundle bundle;
    private final LetterLanguage language;

    private LetterTexts(LetterLanguage language) {
        this.language = language;
        // no fallback to the JVM's default locale: a server running in zh_CN must still print English letters in English
        this.bundle = ResourceBundle.getBundle(BUNDLE, language.bundleLocale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    static synchronized LetterTexts of(LetterLanguage language) {
        return LOADED.computeIfAbsent(language, LetterTexts::new);
    }

    LetterLanguage language() {
        return language;
    }

    /** Every key of the language's texts. */
    java.util.Set<String> keys() {
        return bundle.keySet();
    }

    String text(String key) {
        return bundle.getString(key);
    }

    String format(String key, Object... arguments) {
        return new MessageFormat(bundle.getString(key), language.formatLocale()).format(arguments);
    }
}
