package com.renewalpost.labels.bench;

import com.renewalpost.labels.Samples;
import com.renewalpost.labels.letter.ActivationLetters;
import com.renewalpost.labels.shipping.ShippingLabels;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

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
        png(letter.toByteArray(), 90, dir.resolve("letter.png"));
        png(label.toByteArray(), 150, dir.resolve("label.png"));
        System.out.println("wrote " + dir.resolve("letter.png") + " and " + dir.resolve("label.png"));
    }

    private static void png(byte[] pdf, float dpi, Path file) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            BufferedImage image = new PDFRenderer(doc).renderImageWithDPI(0, dpi, ImageType.RGB);
            ImageIO.write(image, "png", file.toFile());
        }
    }
}
