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
