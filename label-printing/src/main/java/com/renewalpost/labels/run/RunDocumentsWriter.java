package com.renewalpost.labels.run;

import com.renewalpost.labels.DocumentStream;
import com.renewalpost.labels.PrintSettings;
import com.renewalpost.labels.font.Typefaces;
import com.renewalpost.labels.letter.ActivationLetters;
import com.renewalpost.labels.letter.LetterContent;
import com.renewalpost.labels.shipping.ShippingLabelContent;
import com.renewalpost.labels.shipping.ShippingLabels;
import com.renewalpost.labels.shipping.ZplLabels;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Writes the documents of a print run in one pass: the n-th letter, label and packing-list line are all for the
 * n-th item. Every page is flushed as soon as it is drawn, so memory stays flat whatever the length of the run.
 * Not thread-safe: one instance per thread.
 */
public final class RunDocumentsWriter {

    private final ActivationLetters letters;
    private final ShippingLabels labels;
    private final ZplLabels zpl;
    private final PackingList packingList;
    private final LabelMedia media;

    public RunDocumentsWriter(PrintSettings settings, LabelMedia media) {
        this.media = Objects.requireNonNull(media, "media");
        this.letters = new ActivationLetters(settings);
        this.labels = new ShippingLabels(settings);
        this.zpl = new ZplLabels(settings);
        this.packingList = new PackingList(settings, new Typefaces(settings.fonts()));
    }

    /**
     * Opens the run's documents; add the items in envelope order, then close.
     *
     * @param runName printed on the packing list, e.g. "2026-03-05 #2"
     */
    public DocumentStream<Envelope> open(PrintRunOutputs outputs, String runName) {
        List<AutoCloseable> opened = new ArrayList<>();
        DocumentStream<LetterContent> letterStream = outputs.letters() == null ? null : keep(opened, letters.open(outputs.letters()));
        DocumentStream<ShippingLabelContent> labelStream = outputs.labels() == null ? null
                : keep(opened, media == LabelMedia.SHEETS ? labels.openSheets(outputs.labels()) : labels.openPdf(outputs.labels()));
        DocumentStream<ShippingLabelContent> zplStream = outputs.labelsZpl() == null ? null : keep(opened, zpl.open(outputs.labelsZpl()));
        DocumentStream<Envelope> packingStream = outputs.packingList() == null ? null
                : keep(opened, packingList.open(outputs.packingList(), runName));
        return new DocumentStream<>() {
            @Override
            public void add(Envelope item) {
                if (letterStream != null) {
                    letterStream.add(item.letter());
                }
                if (labelStream != null) {
                    labelStream.add(item.label());
                }
                if (zplStream != null) {
                    zplStream.add(item.label());
                }
                if (packingStream != null) {
                    packingStream.add(item);
                }
            }

            @Override
            public void close() {
                RuntimeException first = null;
                for (AutoCloseable document : opened) {
                    try {
                        document.close();
                    } catch (Exception e) {
                        if (first == null) {
                            first = e instanceof RuntimeException r ? r : new IllegalStateException(e);
                        } else {
                            first.addSuppressed(e);
                        }
                    }
                }
                if (first != null) {
                    throw first;
                }
            }
        };
    }

    /** Writes all items and closes the documents; returns how many items were written. */
    public int write(Iterable<Envelope> items, PrintRunOutputs outputs, String runName) {
        int count = 0;
        try (DocumentStream<Envelope> run = open(outputs, runName)) {
            for (Envelope item : items) {
                run.add(item);
                count++;
            }
        }
        return count;
    }

    private static <T extends AutoCloseable> T keep(List<AutoCloseable> opened, T document) {
        opened.add(document);
        return document;
    }
}
