package com.renewalpost.fulfilment.orders;

import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Normalises the customer's preferred language to the BCP 47 tags the letters and emails are written in. */
final class Languages {

    static final String DEFAULT = "en";
    private static final Set<String> TRADITIONAL_REGIONS = Set.of("TW", "HK", "MO");

    private Languages() {
    }

    /** The normalised tag, or empty when the text is not a language tag at all. */
    static Optional<String> normalise(String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.of(DEFAULT);
        }
        Locale locale;
        try {
            locale = new Locale.Builder().setLanguageTag(tag.strip().replace('_', '-')).build();
        } catch (IllformedLocaleException e) {
            return Optional.empty();
        }
        if (locale.getLanguage().isEmpty()) {
            return Optional.empty();
        }
        if (locale.getLanguage().equals("zh")) {
            var script = locale.getScript();
            if (script.equals("Hant") || (script.isEmpty() && TRADITIONAL_REGIONS.contains(locale.getCountry()))) {
                return Optional.of("zh-Hant");
            }
            return Optional.of("zh-Hans");
        }
        return Optional.of(locale.toLanguageTag());
    }
}
