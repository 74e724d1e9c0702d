package com.renewalpost.labels.font;

/** The Latin face a piece of text asks for; CJK characters fall back to the CJK face whatever the style. */
public enum TextStyle {
    REGULAR,
    BOLD,
    MONO
}
