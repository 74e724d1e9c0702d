package com.renewalpost.fulfilment.platform;

import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * The languages the staff pages and the API speak: English, and Simplified Chinese for readers
 * of Chinese who do not ask for the traditional script (they get English rather than the wrong
 * script). Everything else gets English.
 */
public final class StaffLanguage {

    public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE);

    private StaffLanguage() {
    }

    /** The supported language for a locale: zh, zh-CN, zh-Hans, zh-SG give Simplified Chinese. */
    public static Locale of(Locale locale) {
        return locale != null && simplifiedChinese(locale) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
    }

    /**
     * The first supported language of a reader's preferences, best first (as the servlet and JAX-RS
     * APIs sort {@code Accept-Language}); English when none is supported or nothing is asked.
     */
    public static Locale preferred(Collection<Locale> preferences) {
        for (var candidate : preferences) {
            if ("zh".equals(candidate.getLanguage())) {
                return of(candidate);
            }
            if ("en".equals(candidate.getLanguage())) {
                return Locale.ENGLISH;
            }
        }
        return Locale.ENGLISH;
    }

    /**
     * The language of an answer to a request with this {@code Accept-Language} header (null when
     * there is none): its best-weighted supported language, English by default. The header is read
     * here rather than through the servlet's locales, which fall back to the server's own locale.
     */
    public static Locale ofAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return Locale.ENGLISH;
        }
        try {
            return preferred(Locale.LanguageRange.parse(header).stream()
                    .filter(range -> range.getWeight() > 0 && !range.getRange().startsWith("*"))
                    .map(range -> Locale.forLanguageTag(range.getRange())).toList());
        } catch (IllegalArgumentException malformed) {
            return Locale.ENGLISH;
        }
    }

    /** The language of an answer to this API request ({@code Accept-Language}, English by default). */
    public static Locale of(jakarta.ws.rs.core.HttpHeaders request) {
        return ofAcceptLanguage(request.getHeaderString(jakarta.ws.rs.core.HttpHeaders.ACCEPT_LANGUAGE));
    }

    /** The BCP 47 tag pages and {@code Content-Language} give: {@code en} or {@code zh-Hans}. */
    public static String tag(Locale locale) {
        return of(locale).equals(Locale.SIMPLIFIED_CHINESE) ? "zh-Hans" : "en";
    }

    private static boolean simplifiedChinese(Locale locale) {
        if (!"zh".equals(locale.getLanguage())) {
            return false;
        }
        var traditional = "Hant".equals(locale.getScript()) || List.of("TW", "HK", "MO").contains(locale.getCountry());
        return !traditional;
    }
}
