package com.renewalpost.labels.barcode;

/** The barcodes this library prints, with the blank margin each needs to scan. */
public enum Symbology {
    QR_CODE(4),
    CODE_128(10);

    private final int quietZoneModules;

    Symbology(int quietZoneModules) {
        this.quietZoneModules = quietZoneModules;
    }

    public int quietZoneModules() {
        return quietZoneModules;
    }
}
