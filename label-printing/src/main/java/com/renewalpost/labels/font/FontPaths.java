package com.renewalpost.labels.font;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Font files to embed. Every font in every document is embedded (as a subset), so a letter prints the same anywhere.
 * <p>
 * Defaults are Debian's packages, which setup and CI install: {@code fonts-dejavu-core} for Latin text
 * (DejaVu Sans, Bold and Sans Mono Bold, broad Latin/Greek/Cyrillic coverage), {@code fonts-noto-cjk} for Chinese,
 * Japanese and Korean ({@code NotoSansCJK-Regular.ttc}, faces JP=0, KR=1, SC=2, TC=3) and {@code fonts-noto-core} for
 * every other script a customer may write their name in (one Noto font per script, {@link ScriptFonts}). Each default
 * can be overridden by a system property: {@code renewalpost.font.regular}, {@code renewalpost.font.bold},
 * {@code renewalpost.font.mono}, {@code renewalpost.font.cjk}, {@code renewalpost.font.scripts}.
 *
 * @param latinRegular body text (TrueType/OpenType)
 * @param latinBold    headings and the recipient address
 * @param latinMono    activation codes and PINs, where 0/O and 1/I must not be confused
 * @param cjk          a Pan-CJK TrueType/OpenType collection with the faces of {@link CjkFace}; read only when a document
 *                     has CJK text
 * @param scripts      directory of the per-script Noto fonts ({@code NotoSansArabic-Regular.ttf}...); read only when a
 *                     customer's name needs one; a missing directory means those scripts cannot be printed
 */
public record FontPaths(Path latinRegular, Path latinBold, Path latinMono, Path cjk, Path scripts) {

    public static final Path DEBIAN_REGULAR = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");
    public static final Path DEBIAN_BOLD = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf");
    public static final Path DEBIAN_MONO = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSansMono-Bold.ttf");
    public static final Path DEBIAN_CJK = Path.of("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc");
    public static final Path DEBIAN_SCRIPTS = Path.of("/usr/share/fonts/truetype/noto");

    public FontPaths {
        Objects.requireNonNull(latinRegular, "latinRegular");
        Objects.requireNonNull(latinBold, "latinBold");
        Objects.requireNonNull(latinMono, "latinMono");
        Objects.requireNonNull(cjk, "cjk");
        Objects.requireNonNull(scripts, "scripts");
    }

    /** Debian's font paths, each overridable by its {@code renewalpost.font.*} system property. */
    public static FontPaths defaults() {
        return new FontPaths(
                property("renewalpost.font.regular", DEBIAN_REGULAR),
                property("renewalpost.font.bold", DEBIAN_BOLD),
                property("renewalpost.font.mono", DEBIAN_MONO),
                property("renewalpost.font.cjk", DEBIAN_CJK),
                property("renewalpost.font.scripts", DEBIAN_SCRIPTS));
    }

    public FontPaths withCjk(Path path) {
        return new FontPaths(latinRegular, latinBold, latinMono, path, scripts);
    }

    public FontPaths withScripts(Path directory) {
        return new FontPaths(latinRegular, latinBold, latinMono, cjk, directory);
    }

    private static Path property(String name, Path fallback) {
        String value = System.getProperty(name);
        return value == null || value.isBlank() ? fallback : Path.of(value);
    }
}
