package com.renewalpost.labels.bench;

import com.renewalpost.labels.Samples;
import com.renewalpost.labels.address.PostalAddress;
import com.renewalpost.labels.letter.ActivationLetters;
import com.renewalpost.labels.shipping.ShippingLabelContent;
import com.renewalpost.labels.shipping.ShippingLabels;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Renders the sample letter and label of the README from the library's real PDF output.
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
        System.out.println("wrote letter.png, label.png and label-iceland.png in " + dir);
    }

    private static void png(byte[] pdf, float dpi, Path file) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            BufferedImage image = new PDFRenderer(doc).renderImageWithDPI(0, dpi, ImageType.RGB);
            ImageIO.write(image, "png", file.toFile());
        }
    }
}
