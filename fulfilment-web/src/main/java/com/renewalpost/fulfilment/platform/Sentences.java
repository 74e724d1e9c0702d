package com.renewalpost.fulfilment.platform;

import java.util.Locale;

/**
 * Messages shown one after another read as sentences of their own: each ends with a full stop
 * ("。" in Chinese) unless it already ends with one, a question or exclamation mark.
 */
public final class Sentences {

    private Sentences() {
    }

    public static String ended(String text, Locale locale) {
        if (text == null || text.isBlank()) {
            return text;
        }
        var stripped = text.strip();
        var last = stripped.charAt(stripped.length() - 1);
        if (".!?。！？…".indexOf(last) >= 0) {
            return stripped;
        }
        return stripped + ("zh".equals(locale.getLanguage()) ? "。" : ".");
    }
}
