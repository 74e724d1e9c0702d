package com.renewalpost.fulfilment.tracking;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * The languages the customers' tracking page is written in, and which one a reader gets: the one
 * they chose on the page, else the first of their browser's {@code Accept-Language} that the page
 * is written in, else English. Chinese without a script goes by its region: Taiwan, Hong Kong and
 * Macao read Traditional characters, everyone else Simplified.
 */
public enum ReaderLanguage {
    EN("en", "English"),
    ZH_HANS("zh-Hans", "简体中文"),
    ZH_HANT("zh-Hant", "繁體中文"),
    JA("ja", "日本語"),
    ES("es", "Español");

    private static final Set<String> TRADITIONAL_REGIONS = Set.of("TW", "HK", "MO");
    /** Longer headers are not a browser's: only their start is read. */
    private static final int MAX_HEADER = 1000;

    private final String tag;
    private final String ownName;

    ReaderLanguage(String tag, String ownName) {
        this.tag = tag;
        this.ownName = ownName;
    }

    /** The BCP 47 tag, as the page and its texts name the language. */
    public String tag() {
        return tag;
    }

    /** The language's name in itself, as the page's switch shows it. */
    public String ownName() {
        return ownName;
    }

    /** The page's texts in this language, by key (each language has every key: see the test). */
    public Map<String, String> texts() {
        var bundle = ResourceBundle.getBundle("com.renewalpost.fulfilment.tracking.CustomerPageTexts",
                Locale.forLanguageTag(tag), ResourceBundle.Control.getNoFallbackControl(
                        ResourceBundle.Control.FORMAT_PROPERTIES));
        Map<String, String> texts = new LinkedHashMap<>();
        bundle.keySet().stream().sorted().forEach(key -> texts.put(key, bundle.getString(key)));
        return texts;
    }

    /**
     * The reader's language: their choice on the page when it names one of ours, else the best of
     * their Accept-Language, else English.
     */
    public static ReaderLanguage negotiate(String chosen, String acceptLanguage) {
        return of(chosen).or(() -> fromAcceptLanguage(acceptLanguage)).orElse(EN);
    }

    /** The language a tag stands for, if the page is written in it ({@code zh-TW} is 繁體中文). */
    public static Optional<ReaderLanguage> of(String languageTag) {
        if (languageTag == null || languageTag.isBlank() || languageTag.length() > 100) {
            return Optional.empty();
        }
        var subtags = languageTag.strip().replace('_', '-').toLowerCase(Locale.ROOT).split("-");
        return switch (subtags[0]) {
            case "en" -> Optional.of(EN);
            case "ja" -> Optional.of(JA);
            case "es" -> Optional.of(ES);
            case "zh" -> Optional.of(chinese(subtags));
            default -> Optional.empty();
        };
    }

    /**
     * The best language of an Accept-Language header that the page is written in. Each entry is
     * read on its own (by the JDK's parser), so one malformed entry does not cost the reader the
     * others; "q=0" means "not this one".
     */
    static Optional<ReaderLanguage> fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        var text = header.length() > MAX_HEADER ? header.substring(0, MAX_HEADER) : header;
        List<Locale.LanguageRange> ranges = new ArrayList<>();
        for (var entry : text.split(",")) {
            try {
                ranges.addAll(Locale.LanguageRange.parse(entry));
            } catch (IllegalArgumentException malformed) {
                // skipped
            }
        }
        // a stable sort: equal weights keep the reader's order
        return ranges.stream().filter(r -> r.getWeight() > 0)
                .sorted(Comparator.comparingDouble(Locale.LanguageRange::getWeight).reversed())
                .map(r -> of(r.getRange())).flatMap(Optional::stream).findFirst();
    }

    private static ReaderLanguage chinese(String[] subtags) {
        for (int i = 1; i < subtags.length; i++) {
            if (subtags[i].equals("hant")) {
                return ZH_HANT;
            }
            if (subtags[i].equals("hans")) {
                return ZH_HANS;
            }
        }
        for (int i = 1; i < subtags.length; i++) {
            if (subtags[i].length() == 2 && TRADITIONAL_REGIONS.contains(subtags[i].toUpperCase(Locale.ROOT))) {
                return ZH_HANT;
            }
        }
        return ZH_HANS;
    }
}
