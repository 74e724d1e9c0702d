package com.renewalpost.labels.letter;

import java.text.MessageFormat;
import java.util.EnumMap;
import java.util.Map;
import java.util.ResourceBundle;

/** The letter's wording in one language, from the {@code LetterText} resource bundles. */
final class LetterTexts {

    private static final String BUNDLE = "com.renewalpost.labels.letter.LetterText";
    private static final String FORM_BUNDLE = "com.renewalpost.labels.letter.RenewalFormText";
    private static final Map<LetterLanguage, LetterTexts> LOADED = new EnumMap<>(LetterLanguage.class);
    private static final Map<LetterLanguage, LetterTexts> FORMS = new EnumMap<>(LetterLanguage.class);

    private final ResourceBundle bundle;
    private final LetterLanguage language;

    private LetterTexts(LetterLanguage language, String bundle) {
        this.language = language;
        // no fallback to the JVM's default locale: a server running in zh_CN must still print English letters in English
        this.bundle = ResourceBundle.getBundle(bundle, language.bundleLocale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    static synchronized LetterTexts of(LetterLanguage language) {
        return LOADED.computeIfAbsent(language, l -> new LetterTexts(l, BUNDLE));
    }

    /** The renewal order form's wording ({@code RenewalFormText} bundles). */
    static synchronized LetterTexts form(LetterLanguage language) {
        return FORMS.computeIfAbsent(language, l -> new LetterTexts(l, FORM_BUNDLE));
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
