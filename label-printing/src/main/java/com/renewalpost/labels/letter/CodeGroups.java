package com.renewalpost.labels.letter;

/** Cuts a code into groups of four for reading aloud and typing; a code that has its own separators keeps them. */
final class CodeGroups {

    private CodeGroups() {
    }

    static String group(String code) {
        if (code.contains("-") || code.contains(" ")) {
            return code;
        }
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < code.length(); i += 4) {
            if (i > 0) {
                grouped.append(' ');
            }
            grouped.append(code, i, Math.min(code.length(), i + 4));
        }
        return grouped.toString();
    }
}
