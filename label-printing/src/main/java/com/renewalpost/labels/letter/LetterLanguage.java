package com.renewalpost.labels.letter;

import com.renewalpost.labels.font.CjkFace;

import java.util.Locale;

/** The languages letters are written in; any other falls back to English. */
public enum LetterLanguage {
    ENGLISH("en", Locale.ROOT, Locale.ENGLISH, null),
    SIMPLIFIED_CHINESE("zh-Hans", Locale.forLanguageTag("zh-Hans"), Locale.forLanguageTag("zh-Hans-CN"),
            CjkFace.SIMPLIFIED_CHINESE),
    TRADITIONAL_CHINESE("zh-Hant", Locale.forLanguageTag("zh-Hant"), Locale.forLanguageTag("zh-Hant-TW"),
            CjkFace.TRADITIONAL_CHINESE),
    JAPANESE("ja", Locale.JAPANESE, Locale.JAPAN, CjkFace.JAPANESE),
    // Latin American Spanish: the customers who write in Spanish are in Latin America
    SPANISH("es", Locale.forLanguageTag("es"), Locale.forLanguageTag("es-419"), null);

    private final String tag;
    private final Locale bundleLocale;
    private final Locale formatLocale;
    private final CjkFace cjkFace;

    LetterLanguage(String tag, Locale bundleLocale, Locale formatLocale, CjkFace cjkFace) {
        this.tag = tag;
        this.bundleLocale = bundleLocale;
        this.formatLocale = formatLocale;
        this.cjkFace = cjkFace;
    }

    /**
     * The language for a BCP 47 tag: zh-Hans, zh-CN, zh-SG and bare zh are Simplified; zh-Hant, zh-TW, zh-HK and zh-MO
     * Traditional; ja (any region) Japanese; es (any region: es-MX, es-419, es-ES...) Spanish; anything else (or null)
     * English.
     */
    public static LetterLanguage of(String tag) {
        if (tag == null || tag.isBlank()) {
            return ENGLISH;
        }
        // customers use a handful of tags; the bound keeps odd input from growing the map
        return KNOWN.size() < 256 ? KNOWN.computeIfAbsent(tag, LetterLanguage::parse) : parse(tag);
    }

    private static final java.util.Map<String, LetterLanguage> KNOWN = new java.util.concurrent.ConcurrentHashMap<>();

    private static LetterLanguage parse(String tag) {
        Locale locale = Locale.forLanguageTag(tag.strip().replace('_', '-'));
        switch (locale.getLanguage()) {
            case "ja":
                return JAPANESE;
            case "es":
                return SPANISH;
            case "zh":
                break;
            default:
                return ENGLISH;
        }
        return switch (locale.getScript()) {
            case "Hant" -> TRADITIONAL_CHINESE;
            case "Hans" -> SIMPLIFIED_CHINESE;
            default -> switch (locale.getCountry()) {
                case "TW", "HK", "MO" -> TRADITIONAL_CHINESE;
                default -> SIMPLIFIED_CHINESE;
            };
        };
    }

    /** The BCP 47 tag that names this language wherever texts are kept per language, e.g. "zh-Hant". */
    public String tag() {
        return tag;
    }

    Locale bundleLocale() {
        return bundleLocale;
    }

    /** Locale for dates. */
    public Locale formatLocale() {
        return formatLocale;
    }

    /** The CJK face for this language's text and for names in Chinese characters. */
    public CjkFace cjkFaceFor(String name) {
        return cjkFace != null ? cjkFace : CjkFace.guessFor(name);
    }
}
