package com.renewalpost.labels.bench;

import com.renewalpost.labels.PdfReading;
import com.renewalpost.labels.Samples;
import com.renewalpost.labels.address.PostalAddress;
import com.renewalpost.labels.letter.ActivationLetters;
import com.renewalpost.labels.shipping.ShippingLabelContent;
import com.renewalpost.labels.shipping.ShippingLabels;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Renders the sample letters (one to a customer who writes their name in Arabic), the greetings in several scripts and
 * the label of the README from the library's real PDF output.
 * Run: {@code mvn -q -pl label-printing -Pbench test-compile exec:exec -Dbench.main=com.renewalpost.labels.bench.ReadmePictures -Dbench.items=docs} (the plugin runs in the module directory)
 */
public final class ReadmePictures {

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "docs");
        Files.createDirectories(dir);
        ByteArrayOutputStream letter = new ByteArrayOutputStream();
        new ActivationLetters(Samples.settings()).write(Samples.esimLetter(), letter);
        ByteArrayOutputStream label = new ByteArrayOutputStream();
        new ShippingLabels(Samples.settings()).writePdf(Samples.label(), label);
        // a postcode-first country (Iceland writes "101 REYKJAVÍK"): the layout comes from its own format
        ByteArrayOutputStream iceland = new ByteArrayOutputStream();
        var sample = Samples.label();
        new ShippingLabels(Samples.settings()).writePdf(new ShippingLabelContent(sample.orderNumber(),
                new PostalAddress("Guðrún Sigurðardóttir", null, List.of("Laugavegur 26"), null, "Reykjavík", null,
                        "101", "IS"), sample.service(), sample.trackingNumber(), sample.customs()), iceland);
        png(iceland.toByteArray(), 150, dir.resolve("label-iceland.png"));
        png(letter.toByteArray(), 90, dir.resolve("letter.png"));
        png(label.toByteArray(), 150, dir.resolve("label.png"));
        ByteArrayOutputStream arabic = new ByteArrayOutputStream();
        new ActivationLetters(Samples.settings()).write(Samples.esimLetter("ar", "محمد عبد الله", "Mohammed Abdullah"), arabic);
        png(arabic.toByteArray(), 90, dir.resolve("letter-arabic.png"));
        ImageIO.write(greetings(), "png", dir.resolve("greetings.png").toFile());
        System.out.println("wrote letter.png, label.png, label-iceland.png, letter-arabic.png and greetings.png in " + dir);
    }

    /** The greeting lines of letters to customers who write their names in other scripts, one under the other. */
    private static BufferedImage greetings() {
        String[][] names = {{"ar", "محمد عبد الله"}, {"hi", "प्रियंका द्विवेदी"}, {"si", "ශ්‍රියානි පෙරේරා"}, {"km", "សុខ ស្រីមុំ"},
                {"th", "ณัฐพงษ์ ศรีสุข"}, {"he", "דוד כהן"}, {"ja", "高橋 直子"}, {"yo", "Adébáyọ̀ Ọláòṣebìkan"}};
        List<BufferedImage> lines = new ArrayList<>();
        for (String[] n : names) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new ActivationLetters(Samples.settings()).write(Samples.esimLetter(n[0], n[1], null), out);
            byte[] pdf = out.toByteArray();
            PdfReading.SpanBox name = PdfReading.spanBox(pdf, 0, n[1]);
            lines.add(PdfReading.renderArea(pdf, 0, 200, 44, name.baseline() - 1.45f * name.size(), 230, 2.1f * name.size()));
        }
        BufferedImage strip = new BufferedImage(lines.get(0).getWidth(), lines.stream().mapToInt(BufferedImage::getHeight).sum(),
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = strip.createGraphics();
        int y = 0;
        for (BufferedImage line : lines) {
            g.drawImage(line, 0, y, null);
            y += line.getHeight();
        }
        g.dispose();
        return strip;
    }

    private static void png(byte[] pdf, float dpi, Path file) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            BufferedImage image = new PDFRenderer(doc).renderImageWithDPI(0, dpi, ImageType.RGB);
            ImageIO.write(image, "png", file.toFile());
        }
    }
}
