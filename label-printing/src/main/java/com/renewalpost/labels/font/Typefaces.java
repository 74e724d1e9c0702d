package com.renewalpost.labels.font;

import com.itextpdf.io.font.FontProgram;
import com.itextpdf.io.font.FontProgramFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Parsed font programs, shared by the documents one renderer writes. Not thread-safe: use one per thread.
 * File bytes are cached for the whole JVM, so a new instance per thread costs only the parsing.
 */
public final class Typefaces {

    private static final Map<Path, byte[]> FILE_BYTES = new ConcurrentHashMap<>();

    private final FontPaths paths;
    private final Map<FontFace, FontProgram> programs = new HashMap<>();

    public Typefaces(FontPaths paths) {
        this.paths = paths;
    }

    /** The fonts of one PDF document; PDF font objects belong to exactly one document. */
    public DocumentFonts forNewDocument() {
        return new DocumentFonts(this);
    }

    /**
     * Advance width in points of a line set in the style's Latin font, characters it lacks in the CJK face: the same
     * widths {@link DocumentFonts#width} gives in a PDF, without needing one (the ZPL labels break lines by it too).
     */
    public float width(String text, TextStyle style, CjkFace face, float size) {
        FontProgram primary = latin(style);
        float units = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            boolean space = Character.isWhitespace(cp);
            units += space || primary.getGlyph(cp) != null ? primary.getWidth(cp) : cjk(face).getWidth(cp);
        }
        return units * size / 1000f;
    }

    /** Whether the style's Latin font has a glyph for every character of the text. */
    public boolean latinCovers(String text, TextStyle style) {
        FontProgram primary = latin(style);
        return text.codePoints().allMatch(cp -> Character.isWhitespace(cp) || primary.getGlyph(cp) != null);
    }

    FontProgram latin(TextStyle style) {
        return program(latinFace(style));
    }

    FontProgram cjk(CjkFace face) {
        return program(cjkFace(face));
    }

    FontFace latinFace(TextStyle style) {
        return new FontFace(switch (style) {
            case REGULAR -> paths.latinRegular();
            case BOLD -> paths.latinBold();
            case MONO -> paths.latinMono();
        }, 0);
    }

    FontFace cjkFace(CjkFace face) {
        return new FontFace(paths.cjk(), face.collectionIndex());
    }

    /** Which font draws which character, and shaping: the same files this instance embeds. */
    public ScriptFonts scripts() {
        return ScriptFonts.of(paths);
    }

    /** The parsed font of a face: a Latin or CJK font of the paths, or a per-script font that shaping chose. */
    FontProgram program(FontFace face) {
        return programs.computeIfAbsent(face, f -> {
            Path path = f.file();
            String kind;
            String role;
            String debianPackage;
            if (path.equals(paths.cjk())) {
                kind = "CJK";
                role = "CJK font (for Chinese, Japanese and Korean text)";
                debianPackage = "fonts-noto-cjk";
            } else if (path.equals(paths.latinRegular()) || path.equals(paths.latinBold()) || path.equals(paths.latinMono())) {
                kind = "Latin";
                role = "Latin font";
                debianPackage = "fonts-dejavu-core";
            } else {
                kind = "Script";
                role = "font for text in its own script";
                debianPackage = "fonts-noto-core";
            }
            try {
                byte[] data = bytes(path, role, debianPackage);
                return f.inCollection() ? FontProgramFactory.createFont(data, f.index(), false)
                        : FontProgramFactory.createFont(data, false);
            } catch (IOException e) {
                throw new FontUnavailableException(kind + " font " + path + " cannot be read: " + e.getMessage(), e);
            }
        });
    }

    private static byte[] bytes(Path path, String role, String debianPackage) {
        return FILE_BYTES.computeIfAbsent(path, p -> {
            if (!Files.isReadable(p)) {
                throw new FontUnavailableException("No " + role + " at " + p + ". Install the Debian package "
                        + debianPackage + " (apt-get install -y " + debianPackage + ") or configure another file in FontPaths"
                        + " (system properties renewalpost.font.*).", null);
            }
            try {
                return Files.readAllBytes(p);
            } catch (IOException e) {
                throw new FontUnavailableException("Cannot read the " + role + " at " + p + ": " + e.getMessage(), e);
            }
        });
    }
}
