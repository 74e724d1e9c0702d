package com.renewalpost.labels.font;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.font.TextAttribute;
import java.awt.geom.Point2D;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.Character.UnicodeScript;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Bidi;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Text in any script, as its reader expects it: which font draws each character, and the glyphs shaped and ordered.
 * <p>
 * iText's core does not shape complex scripts (its add-on that does is commercial): given "محمد" it draws four isolated
 * letters left to right, and Devanagari, Sinhala or Khmer without their conjuncts and reordered vowel signs. The JDK does
 * shape: since Java 11 {@link Font#layoutGlyphVector} runs HarfBuzz, the engine browsers use, over the font's OpenType
 * tables. So this class splits the text into runs by writing direction ({@link Bidi}) and by font, lets the JDK shape
 * each run, and hands back glyph numbers and positions; {@link DocumentFonts#showShaped} draws exactly those glyphs from
 * the same font file, embedded, with the original text attached for copying and search.
 * <p>
 * Fonts: the style's Latin font (DejaVu) for Latin, Greek and Cyrillic; the Pan-CJK collection in the reader's regional
 * face for Han, kana, Hangul and Bopomofo; for every other script the Noto font of {@code fonts-noto-core} named after it
 * (Noto Naskh Arabic for Arabic, the traditional style of printed Arabic text). A character that none of these draws
 * makes its text {@linkplain #unprintable unprintable}: the caller then prints something else rather than a blank.
 * <p>
 * Thread-safe. The JDK's font objects are shared by the whole JVM.
 */
public final class ScriptFonts {

    private static final Map<FontPaths, ScriptFonts> INSTANCES = new ConcurrentHashMap<>();
    private static final Map<FontFace, Optional<Font>> SHAPING_FONTS = new ConcurrentHashMap<>();
    /** The same at the reference size with kerning and ligatures: deriving them anew for every line costs more than shaping. */
    private static final Map<FontFace, Font> SHAPING_SIZE = new ConcurrentHashMap<>();
    /** Shaped at this size and scaled down: fractional positions without rounding to whole pixels. */
    private static final float REFERENCE_SIZE = 100f;
    /** No transform, anti-aliased, fractional metrics: advances as the font designs them, not hinted to pixels. */
    private static final FontRenderContext UNHINTED = new FontRenderContext(null, true, true);
    /** Kerning and standard ligatures, on by default in browsers; the JDK turns them off unless asked. */
    private static final Map<TextAttribute, Object> FEATURES = Map.of(TextAttribute.KERNING, TextAttribute.KERNING_ON,
            TextAttribute.LIGATURES, TextAttribute.LIGATURES_ON);
    private static final int INVISIBLE_GLYPH = 0xFFFE;
    private static final Set<UnicodeScript> LATIN_FONT_SCRIPTS = EnumSet.of(UnicodeScript.LATIN, UnicodeScript.GREEK,
            UnicodeScript.CYRILLIC, UnicodeScript.COMMON, UnicodeScript.INHERITED, UnicodeScript.UNKNOWN);
    private static final Set<UnicodeScript> CJK_SCRIPTS = EnumSet.of(UnicodeScript.HAN, UnicodeScript.HIRAGANA,
            UnicodeScript.KATAKANA, UnicodeScript.HANGUL, UnicodeScript.BOPOMOFO);
    /** Font names that do not follow NotoSans&lt;Script&gt;, best first. */
    private static final Map<UnicodeScript, List<String>> NAMED = Map.of(
            UnicodeScript.ARABIC, List.of("NotoNaskhArabic", "NotoSansArabic"));

    private final FontPaths paths;
    /** Lower-case file name to file, of the per-script font directory (Noto's names differ in case: NKo). */
    private final Map<String, Path> scriptFiles;

    private ScriptFonts(FontPaths paths) {
        this.paths = paths;
        Map<String, Path> files = new HashMap<>();
        if (Files.isDirectory(paths.scripts())) {
            try (Stream<Path> list = Files.list(paths.scripts())) {
                list.forEach(p -> files.put(p.getFileName().toString().toLowerCase(Locale.ROOT), p));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot list the script fonts in " + paths.scripts(), e);
            }
        }
        this.scriptFiles = Map.copyOf(files);
    }

    /** The fonts of these paths; one instance per set of paths for the whole JVM. */
    public static ScriptFonts of(FontPaths paths) {
        return INSTANCES.computeIfAbsent(paths, ScriptFonts::new);
    }

    public FontPaths paths() {
        return paths;
    }

    /** Whether every character of the text has a font, in the regular style (the faces names are printed in). */
    public boolean printable(String text, CjkFace cjk) {
        return unprintable(text, TextStyle.REGULAR, cjk).isEmpty();
    }

    /**
     * The scripts of the characters of the text that no font draws, in the order they appear: empty when all of it prints.
     * Symbols and emoji count as {@link UnicodeScript#COMMON}.
     */
    public Set<UnicodeScript> unprintable(String text, TextStyle style, CjkFace cjk) {
        Set<UnicodeScript> missing = new LinkedHashSet<>();
        FontFace previous = null;
        for (Cluster c : clusters(text)) {
            Optional<FontFace> face = choose(c, previous, style, cjk);
            if (face.isEmpty()) {
                missing.add(UnicodeScript.of(c.text.codePointAt(0)));
            }
            previous = face.orElse(null);
        }
        return Collections.unmodifiableSet(missing);
    }

    /** The text without the characters (and their marks) that no font draws, spaces tidied: the last resort. */
    public String printablePart(String text, TextStyle style, CjkFace cjk) {
        StringBuilder kept = new StringBuilder();
        FontFace previous = null;
        for (Cluster c : clusters(text)) {
            Optional<FontFace> face = choose(c, previous, style, cjk);
            if (face.isPresent()) {
                kept.append(c.text);
                previous = face.get();
            }
        }
        return kept.toString().strip().replaceAll("\\s{2,}", " ");
    }

    /**
     * The text shaped as one line in its own direction (the direction of its first strong character, as an isolate in
     * the surrounding line): joined, with conjuncts and marks, ordered left to right for drawing.
     *
     * @throws IllegalArgumentException when a character has no font (ask {@link #unprintable} first)
     */
    public ShapedText shape(String text, TextStyle style, CjkFace cjk) {
        List<Cluster> clusters = clusters(text);
        if (clusters.isEmpty()) {
            return new ShapedText(text, List.of(), 0);
        }
        Bidi bidi = new Bidi(text, Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT);
        // runs of one direction level and one font, in logical order
        List<Run> runs = new ArrayList<>();
        FontFace previous = null;
        for (Cluster c : clusters) {
            FontFace face = choose(c, previous, style, cjk).orElseThrow(() -> new IllegalArgumentException(
                    "No font for " + UnicodeScript.of(c.text.codePointAt(0)) + " text: " + c.text));
            int level = bidi.getLevelAt(c.start);
            Run last = runs.isEmpty() ? null : runs.get(runs.size() - 1);
            if (last != null && last.face.equals(face) && last.level == level) {
                last.limit = c.limit;
            } else {
                runs.add(new Run(c.start, c.limit, level, face));
            }
            previous = face;
        }
        byte[] levels = new byte[runs.size()];
        for (int i = 0; i < levels.length; i++) {
            levels[i] = (byte) runs.get(i).level;
        }
        Run[] visual = runs.toArray(new Run[0]);
        Bidi.reorderVisually(levels, 0, visual, 0, visual.length);
        char[] chars = text.toCharArray();
        List<ShapedText.PlacedGlyph> glyphs = new ArrayList<>();
        float x = 0;
        for (Run run : visual) {
            Font font = SHAPING_SIZE.computeIfAbsent(run.face, f -> shapingFont(f).orElseThrow().deriveFont(FEATURES)
                    .deriveFont(REFERENCE_SIZE));
            int flags = (run.level & 1) == 1 ? Font.LAYOUT_RIGHT_TO_LEFT : Font.LAYOUT_LEFT_TO_RIGHT;
            GlyphVector vector = font.layoutGlyphVector(UNHINTED, chars, run.start, run.limit, flags);
            for (int i = 0; i < vector.getNumGlyphs(); i++) {
                int glyph = vector.getGlyphCode(i);
                if (glyph >= INVISIBLE_GLYPH) {
                    continue; // joiners and other default-ignorable characters: nothing to draw
                }
                Point2D at = vector.getGlyphPosition(i);
                glyphs.add(new ShapedText.PlacedGlyph(run.face, glyph, x + (float) at.getX() / REFERENCE_SIZE,
                        (float) -at.getY() / REFERENCE_SIZE));
            }
            x += (float) vector.getGlyphPosition(vector.getNumGlyphs()).getX() / REFERENCE_SIZE;
        }
        return new ShapedText(text, glyphs, x);
    }

    /**
     * The face for a cluster: a space or punctuation stays in the font of what it follows when that font has it;
     * otherwise the fonts for its script (a symbol takes the script around it), then the general fallbacks.
     */
    private Optional<FontFace> choose(Cluster c, FontFace previous, TextStyle style, CjkFace cjk) {
        UnicodeScript own = UnicodeScript.of(c.text.codePointAt(0));
        if (previous != null && (own == UnicodeScript.COMMON || own == UnicodeScript.INHERITED) && draws(previous, c.text)) {
            return Optional.of(previous);
        }
        for (FontFace face : candidates(c.script, style, cjk)) {
            if (draws(face, c.text)) {
                return Optional.of(face);
            }
        }
        return Optional.empty();
    }

    /** Faces to try for a character of this script, best first, general fallbacks last. */
    List<FontFace> candidates(UnicodeScript script, TextStyle style, CjkFace cjk) {
        List<FontFace> faces = new ArrayList<>();
        FontFace latin = new FontFace(switch (style) {
            case REGULAR -> paths.latinRegular();
            case BOLD -> paths.latinBold();
            case MONO -> paths.latinMono();
        }, 0);
        FontFace han = new FontFace(paths.cjk(), cjk.collectionIndex());
        if (CJK_SCRIPTS.contains(script)) {
            faces.add(han);
        } else if (!LATIN_FONT_SCRIPTS.contains(script)) {
            List<String> names = NAMED.getOrDefault(script, List.of("NotoSans" + camel(script), "NotoSerif" + camel(script)));
            for (String name : names) {
                scriptFile(name, style).ifPresent(file -> faces.add(new FontFace(file, 0)));
            }
        }
        faces.add(latin);
        scriptFile("NotoSans", style).ifPresent(file -> faces.add(new FontFace(file, 0)));
        if (!faces.contains(han)) {
            faces.add(han);
        }
        return faces;
    }

    private Optional<Path> scriptFile(String family, TextStyle style) {
        String bold = (family + "-Bold.ttf").toLowerCase(Locale.ROOT);
        String regular = (family + "-Regular.ttf").toLowerCase(Locale.ROOT);
        Path file = style == TextStyle.BOLD && scriptFiles.containsKey(bold) ? scriptFiles.get(bold) : scriptFiles.get(regular);
        return Optional.ofNullable(file);
    }

    private static String camel(UnicodeScript script) {
        StringBuilder name = new StringBuilder();
        for (String word : script.name().split("_")) {
            name.append(word.charAt(0)).append(word.substring(1).toLowerCase(Locale.ROOT));
        }
        return name.toString();
    }

    /** Whether the face has a glyph for every character of the text (joiners and other invisible ones need none). */
    private static boolean draws(FontFace face, String text) {
        Optional<Font> font = shapingFont(face);
        return font.isPresent() && text.codePoints().allMatch(cp -> invisible(cp) || font.get().canDisplay(cp));
    }

    private static boolean invisible(int cp) {
        return cp == 0x200C || cp == 0x200D || cp == 0x034F || cp == 0x00AD || (cp >= 0xFE00 && cp <= 0xFE0F)
                || (cp >= 0xE0100 && cp <= 0xE01EF) || (cp >= 0x180B && cp <= 0x180E);
    }

    /** The JDK's font for a face; empty when its file is missing or unreadable (then it draws nothing). */
    static Optional<Font> shapingFont(FontFace face) {
        return SHAPING_FONTS.computeIfAbsent(face, f -> {
            if (!Files.isReadable(f.file())) {
                return Optional.empty();
            }
            try {
                Font[] fonts = f.inCollection() ? Font.createFonts(f.file().toFile())
                        : new Font[] {Font.createFont(Font.TRUETYPE_FONT, f.file().toFile())};
                return f.index() < fonts.length ? Optional.of(fonts[f.index()]) : Optional.empty();
            } catch (FontFormatException | IOException e) {
                return Optional.empty();
            }
        });
    }

    /**
     * A character and the marks, joiners and selectors that belong to it, with the script that decides its font: its
     * own, or for spaces, digits and punctuation the script of the text before them (of the text after, at the start).
     */
    private static final class Cluster {
        final int start;
        int limit;
        String text;
        UnicodeScript script;

        Cluster(int start) {
            this.start = start;
        }
    }

    private static List<Cluster> clusters(String text) {
        List<Cluster> clusters = new ArrayList<>();
        Cluster current = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (current == null || !attaches(cp)) {
                current = new Cluster(i);
                clusters.add(current);
            }
            current.limit = next;
            i = next;
        }
        UnicodeScript last = null;
        for (Cluster c : clusters) {
            c.text = text.substring(c.start, c.limit);
            UnicodeScript own = UnicodeScript.of(c.text.codePointAt(0));
            boolean weak = own == UnicodeScript.COMMON || own == UnicodeScript.INHERITED;
            c.script = weak ? last : own;
            if (!weak) {
                last = own;
            }
        }
        UnicodeScript following = UnicodeScript.COMMON;
        for (int i = clusters.size() - 1; i >= 0; i--) {
            Cluster c = clusters.get(i);
            if (c.script == null) {
                c.script = following;
            } else {
                following = c.script;
            }
        }
        return clusters;
    }

    /** Whether the character belongs to the one before it: a combining mark, a joiner, a variation selector. */
    private static boolean attaches(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK || invisible(cp);
    }

    private static final class Run {
        final int start;
        int limit;
        final int level;
        final FontFace face;

        Run(int start, int limit, int level, FontFace face) {
            this.start = start;
            this.limit = limit;
            this.level = level;
            this.face = face;
        }
    }

    @Override
    public String toString() {
        return "ScriptFonts" + Arrays.asList(paths.latinRegular(), paths.cjk(), paths.scripts());
    }
}
