package com.renewalpost.labels.font;

/**
 * The regional face of a Pan-CJK collection: the same characters drawn the way each region expects
 * (a Taiwanese reader notices Simplified-style glyphs). Index = face number in {@code NotoSansCJK-Regular.ttc}.
 */
public enum CjkFace {
    JAPANESE(0),
    KOREAN(1),
    SIMPLIFIED_CHINESE(2),
    TRADITIONAL_CHINESE(3);

    private final int collectionIndex;

    CjkFace(int collectionIndex) {
        this.collectionIndex = collectionIndex;
    }

    public int collectionIndex() {
        return collectionIndex;
    }

    /**
     * The face the reader of a text expects, from their language (BCP 47): Japanese for {@code ja}, Korean for
     * {@code ko}, Traditional for Chinese written in Hant or used in Taiwan, Hong Kong or Macao, Simplified for other
     * Chinese. For any other language (or none) the text decides, as {@link #guessFor}.
     */
    public static CjkFace forLanguage(String languageTag, String text) {
        if (languageTag != null && !languageTag.isBlank()) {
            java.util.Locale locale = java.util.Locale.forLanguageTag(languageTag.strip().replace('_', '-'));
            switch (locale.getLanguage()) {
                case "ja":
                    return JAPANESE;
                case "ko":
                    return KOREAN;
                case "zh":
                    return switch (locale.getScript()) {
                        case "Hant" -> TRADITIONAL_CHINESE;
                        case "Hans" -> SIMPLIFIED_CHINESE;
                        default -> switch (locale.getCountry()) {
                            case "TW", "HK", "MO" -> TRADITIONAL_CHINESE;
                            default -> SIMPLIFIED_CHINESE;
                        };
                    };
                default:
                    break;
            }
        }
        return guessFor(text);
    }

    /** The face a reader of this text expects when the document's language does not say: kana means Japanese, Hangul Korean. */
    public static CjkFace guessFor(String text) {
        if (text != null) {
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                Character.UnicodeScript script = Character.UnicodeScript.of(cp);
                if (script == Character.UnicodeScript.HANGUL) {
                    return KOREAN;
                }
                if (script == Character.UnicodeScript.HIRAGANA || script == Character.UnicodeScript.KATAKANA) {
                    return JAPANESE;
                }
                i += Character.charCount(cp);
            }
        }
        return SIMPLIFIED_CHINESE;
    }
}
