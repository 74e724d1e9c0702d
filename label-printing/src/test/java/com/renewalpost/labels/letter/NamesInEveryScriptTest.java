package com.renewalpost.labels.letter;

import com.itextpdf.io.font.PdfEncodings;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.font.PdfFontFactory;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import com.renewalpost.labels.InkShapes;
import com.renewalpost.labels.PdfReading;
import com.renewalpost.labels.Samples;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A customer's name on the letter looks the way a browser, which shapes every script with HarfBuzz, draws the same string
 * in the same font: each letter's name, rasterised from the PDF, is compared with headless Chromium's rendering (Debian's
 * {@code chromium}, a renderer the letter code does not use) by the shape of the ink; and text extraction gives the name
 * back as written.
 */
class NamesInEveryScriptTest {

    /** Minimum ink similarity ({@link InkShapes#similarity}) of the letter's name to Chromium's. */
    static final double TOLERANCE = 0.80;
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final String NOTO = "/usr/share/fonts/truetype/noto/";
    static final String DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";
    static final float DPI = 600;
    static final int ROW = 240;
    static final int CSS_SIZE = 96;

    /**
     * A name and the font it must be drawn with.
     *
     * @param font    the font file, or for a face of the CJK collection its PostScript name
     * @param pdfFont how the embedded font is called in the PDF
     */
    record Name(String script, String language, String name, String font, String pdfFont) {

        String css() {
            return font.startsWith("/") ? "url('file://" + font + "')" : "local('" + font + "')";
        }
    }

    static final List<Name> NAMES = List.of(
            new Name("Latin, Vietnamese", "vi", "Nguyễn Thị Ánh Tuyết", DEJAVU, "DejaVuSans"),
            new Name("Latin, Yoruba", "yo", "Adébáyọ̀ Ọláòṣebìkan", DEJAVU, "DejaVuSans"),
            new Name("Greek", "el", "Γιώργος Παπαδόπουλος", DEJAVU, "DejaVuSans"),
            new Name("Cyrillic", "ru", "Анна Кузнецова", DEJAVU, "DejaVuSans"),
            new Name("Arabic", "ar", "محمد عبد الله", NOTO + "NotoNaskhArabic-Regular.ttf", "NotoNaskhArabic"),
            new Name("Hebrew", "he", "דוד כהן", NOTO + "NotoSansHebrew-Regular.ttf", "NotoSansHebrew"),
            new Name("Devanagari", "hi", "प्रियंका द्विवेदी", NOTO + "NotoSansDevanagari-Regular.ttf", "NotoSansDevanagari"),
            new Name("Bengali", "bn", "সৌমিত্র চট্টোপাধ্যায়", NOTO + "NotoSansBengali-Regular.ttf", "NotoSansBengali"),
            new Name("Tamil", "ta", "கார்த்திகேயன் சுப்பிரமணியம்", NOTO + "NotoSansTamil-Regular.ttf", "NotoSansTamil"),
            new Name("Sinhala", "si", "ශ්‍රියානි පෙරේරා", NOTO + "NotoSansSinhala-Regular.ttf", "NotoSansSinhala"),
            new Name("Thai", "th", "ณัฐพงษ์ ศรีสุข", NOTO + "NotoSansThai-Regular.ttf", "NotoSansThai"),
            new Name("Khmer", "km", "សុខ ស្រីមុំ", NOTO + "NotoSansKhmer-Regular.ttf", "NotoSansKhmer"),
            new Name("Georgian", "ka", "ნინო ბერიძე", NOTO + "NotoSansGeorgian-Regular.ttf", "NotoSansGeorgian"),
            new Name("Armenian", "hy", "Արամ Խաչատրյան", NOTO + "NotoSansArmenian-Regular.ttf", "NotoSansArmenian"),
            new Name("Ethiopic", "am", "አበበ ቢቂላ", NOTO + "NotoSansEthiopic-Regular.ttf", "NotoSansEthiopic"),
            new Name("Japanese", "ja", "高橋 直子", "NotoSansCJKjp-Regular", "NotoSansCJKjp"),
            new Name("Simplified Chinese", "zh-Hans", "黄晓静", "NotoSansCJKsc-Regular", "NotoSansCJKsc"),
            new Name("Traditional Chinese", "zh-Hant", "陳美齡", "NotoSansCJKtc-Regular", "NotoSansCJKtc"),
            new Name("Korean", "ko", "김민준", "NotoSansCJKkr-Regular", "NotoSansCJKkr"));

    /** Scripts that a renderer without shaping draws visibly wrong: reversed, unjoined, conjuncts and marks apart. */
    static final List<String> NEED_SHAPING = List.of("Arabic", "Hebrew", "Devanagari", "Bengali", "Tamil", "Sinhala", "Khmer");

    static final Map<String, BufferedImage> CHROMIUM_RENDERINGS = new LinkedHashMap<>();

    @BeforeAll
    static void renderAllNamesInChromium(@TempDir Path dir) throws Exception {
        assertThat(CHROMIUM).as("Debian's chromium (apt-get install chromium) renders the reference").isExecutable();
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html><head><meta charset='utf-8'><style>"
                + "body{margin:0;background:#fff;color:#000}div{position:absolute;left:60px;white-space:pre;line-height:1;font-size:"
                + CSS_SIZE + "px}");
        for (int i = 0; i < NAMES.size(); i++) {
            html.append("@font-face{font-family:f").append(i).append(";src:").append(NAMES.get(i).css()).append("}");
        }
        html.append("</style></head><body>");
        for (int i = 0; i < NAMES.size(); i++) {
            Name n = NAMES.get(i);
            html.append("<div lang='").append(n.language()).append("' dir='auto' style=\"font-family:f").append(i)
                    .append(";top:").append(i * ROW + 70).append("px\">").append(n.name()).append("</div>");
        }
        html.append("</body></html>");
        Path page = dir.resolve("names.html");
        Files.writeString(page, html, StandardCharsets.UTF_8);
        Path shot = dir.resolve("names.png");
        Process chromium = new ProcessBuilder(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--hide-scrollbars", "--force-device-scale-factor=1", "--font-render-hinting=none",
                "--allow-file-access-from-files", "--virtual-time-budget=10000", "--user-data-dir=" + dir.resolve("profile"),
                "--window-size=2400," + NAMES.size() * ROW, "--screenshot=" + shot, page.toUri().toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("chromium.log").toFile()).start();
        assertThat(chromium.waitFor(120, TimeUnit.SECONDS)).as("chromium finishes").isTrue();
        assertThat(shot).as(Files.readString(dir.resolve("chromium.log"))).exists();
        BufferedImage all = ImageIO.read(shot.toFile());
        for (int i = 0; i < NAMES.size(); i++) {
            CHROMIUM_RENDERINGS.put(NAMES.get(i).name(), all.getSubimage(0, i * ROW, all.getWidth(), ROW));
        }
    }

    @Test
    void everyNameLooksAsChromiumDrawsItAndReadsBackAsWritten() {
        Map<String, Double> scores = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (Name n : NAMES) {
            byte[] pdf = letter(n);
            String text = PdfReading.text(pdf);
            if (!text.contains(n.name())) {
                problems.add(n.script() + ": text extraction does not give back " + n.name() + " in " + text.lines()
                        .filter(l -> l.contains("Dear") || l.contains("您好")).toList());
            }
            if (PdfReading.fonts(pdf).keySet().stream().noneMatch(f -> f.contains(n.pdfFont()))) {
                problems.add(n.script() + ": not drawn with " + n.pdfFont() + " but " + PdfReading.fonts(pdf).keySet());
            }
            double score = InkShapes.similarity(nameOnLetter(pdf, n.name()), CHROMIUM_RENDERINGS.get(n.name()));
            scores.put(n.script(), score);
            if (score < TOLERANCE) {
                problems.add(String.format("%s: ink similarity to Chromium %.3f < %.2f", n.script(), score, TOLERANCE));
            }
        }
        System.out.println("Letter name vs Chromium, ink similarity: " + format(scores));
        assertThat(problems).isEmpty();
    }

    /** The comparison can fail: the same names drawn without shaping (as iText alone would) in the same fonts score low. */
    @Test
    void unshapedNamesDoNotPass() {
        Map<String, Double> scores = new LinkedHashMap<>();
        for (Name n : NAMES) {
            if (NEED_SHAPING.contains(n.script())) {
                scores.put(n.script(), InkShapes.similarity(unshaped(n), CHROMIUM_RENDERINGS.get(n.name())));
            }
        }
        System.out.println("Unshaped vs Chromium, ink similarity: " + format(scores));
        assertThat(scores).hasSize(NEED_SHAPING.size()).allSatisfy((script, score) -> assertThat(score).as(script).isLessThan(TOLERANCE));
    }

    private static String format(Map<String, Double> scores) {
        StringBuilder s = new StringBuilder();
        scores.forEach((k, v) -> s.append(String.format("%s %.3f; ", k, v)));
        return s.toString();
    }

    private static byte[] letter(Name n) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ActivationLetters(Samples.settings()).write(Samples.voucherLetter(n.language(), n.name()), out);
        return out.toByteArray();
    }

    /**
     * The name as iText draws a string by itself: character by character from the font's cmap, left to right. On a page
     * as wide as A4 and 168 pt high, its baseline 142 pt below the top as it was on A4: the same pixels (checked) without
     * the 29 million pixels of white below, which took most of this class's time at 600 dpi.
     */
    private static BufferedImage unshaped(Name n) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PdfDocument pdf = new PdfDocument(new PdfWriter(out))) {
            PdfFont font = PdfFontFactory.createFont(n.font(), PdfEncodings.IDENTITY_H,
                    PdfFontFactory.EmbeddingStrategy.FORCE_EMBEDDED);
            new PdfCanvas(pdf.addNewPage(new PageSize(PageSize.A4.getWidth(), 168))).beginText().setFontAndSize(font, 11)
                    .moveText(50, 26).showText(n.name()).endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return PdfReading.render(out.toByteArray(), 0, DPI);
    }

    /**
     * The letter's name, rasterised: the page area of the glyphs in the span whose {@code /ActualText} is the name (found
     * by PDFBox, not by the letter code), from a little before its first glyph to the end of its last, from well above
     * the baseline to well below; the greeting's other words lie outside.
     */
    static BufferedImage nameOnLetter(byte[] pdf, String name) {
        PdfReading.SpanBox box = PdfReading.spanBox(pdf, 0, name);
        float em = box.size();
        return PdfReading.renderArea(pdf, 0, DPI, box.left() - 0.2f * em, box.baseline() - 1.3f * em,
                box.right() - box.left() + 0.2f * em, 2.05f * em);
    }
}
