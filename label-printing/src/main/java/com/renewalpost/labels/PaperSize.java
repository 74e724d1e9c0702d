package com.renewalpost.labels;

import com.itextpdf.kernel.geom.PageSize;

/** Office paper for letters, label sheets, packing lists and manifests. */
public enum PaperSize {
    A4(PageSize.A4),
    US_LETTER(PageSize.LETTER);

    private final PageSize pageSize;

    PaperSize(PageSize pageSize) {
        this.pageSize = pageSize;
    }

    public PageSize pageSize() {
        return new PageSize(pageSize);
    }
}
