package com.renewalpost.mail;

/**
 * Checks for values that may end up in a header or on one line of an email.
 * Messages name the field, never the value: a value may be an activation code.
 */
final class SingleLine {

    private SingleLine() {
    }

    /** A non-blank value without line breaks or other control characters. */
    static String require(String value, String field) {
        if (value == null) {
            throw new IllegalArgumentException(field + " is required");
        }
        refuseControlCharacters(value, field);
        if (value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
        return value;
    }

    /** Like {@link #require} but null is allowed (an absent optional value). */
    static String optional(String value, String field) {
        return value == null ? null : require(value, field);
    }

    /** CR and LF would let a value start a new header (header injection); other controls have no place either. */
    static void refuseControlCharacters(String value, String field) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\r' || c == '\n') {
                throw new IllegalArgumentException(field + " must not contain a line break (CR or LF)");
            }
            if (Character.isISOControl(c)) {
                throw new IllegalArgumentException(field + " must not contain control characters");
            }
        }
    }
}
