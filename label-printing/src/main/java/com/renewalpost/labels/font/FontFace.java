package com.renewalpost.labels.font;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One face of a font file: the file itself, or one font of a collection ({@code .ttc}).
 *
 * @param file  the font file
 * @param index the font's number in a collection; 0 for a single-font file
 */
public record FontFace(Path file, int index) {

    public FontFace {
        Objects.requireNonNull(file, "file");
    }

    public boolean inCollection() {
        return file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".ttc");
    }
}
