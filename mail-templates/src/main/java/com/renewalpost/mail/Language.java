package com.renewalpost.mail;

import java.util.Locale;

/** The languages customer emails are written in. Anything else is answered in English. */
public enum Language {
    EN("en"),
    ZH_HANS("zh-Hans"),
    ZH_HANT("zh-Hant"),
    JA("ja"),
    // written for Latin America, where the customers who write in Spanish are
    ES("es");

    private final String tag;
    private final Locale locale;

    Language(String tag) {
        this.tag = tag;
        this.locale = Locale.forLanguageTag(tag);
    }

    /** The BCP 47 tag, as used in {@code <html lang>} and {@code Content-Language}. */
    public String tag() {
        return tag;
    }

    public Locale locale() {
        return locale;
    }

    /**
     * The email language for a customer's BCP 47 tag: an explicit script wins, otherwise
     * Taiwan, Hong Kong and Macao read Traditional Chinese and other Chinese Simplified; Japanese
     * and Spanish whatever the region (ja-JP, es-MX, es-419, es-AR...). Null, blank, malformed and
     * unsupported tags give English.
     */
    public static Language fromTag(String languageTag) {
        if (languageTag == null || languageTag.isBlank()) {
            return EN;
        }
        Locale requested = Locale.forLanguageTag(languageTag.trim().replace('_', '-'));
        switch (requested.getLanguage()) {
            case "ja":
                return JA;
            case "es":
                return ES;
            case "zh":
                break;
            default:
                return EN;
        }
        return switch (requested.getScript()) {
            case "Hant" -> ZH_HANT;
            case "Hans" -> ZH_HANS;
            default -> switch (requested.getCountry()) {
                case "TW", "HK", "MO" -> ZH_HANT;
                default -> ZH_HANS;
            };
        };
    }
}
