package com.renewalpost.fulfilment.printing;

import java.util.Arrays;
import java.util.Optional;

/** The documents of a print run, by the file name they download as. */
public enum DocumentKind {
    LETTERS("letters.pdf", "application/pdf"),
    LABELS("labels.pdf", "application/pdf"),
    LABELS_ZPL("labels.zpl", "application/zpl"),
    LABEL_SHEETS("label-sheets.pdf", "application/pdf"),
    PACKING_LIST("packing-list.pdf", "application/pdf");

    private final String fileName;
    private final String mediaType;

    DocumentKind(String fileName, String mediaType) {
        this.fileName = fileName;
        this.mediaType = mediaType;
    }

    public String fileName() {
        return fileName;
    }

    public String mediaType() {
        return mediaType;
    }

    public boolean isPdf() {
        return mediaType.equals("application/pdf");
    }

    public static Optional<DocumentKind> byFileName(String name) {
        return Arrays.stream(values()).filter(k -> k.fileName.equalsIgnoreCase(name)).findFirst();
    }
}
