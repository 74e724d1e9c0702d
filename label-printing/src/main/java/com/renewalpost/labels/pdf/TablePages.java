package com.renewalpost.labels.pdf;

/** Paging of a document that is one long table ending in a closing block (totals, signatures): manifests, deposit slips. */
public final class TablePages {

    private TablePages() {
    }

    /** Pages needed when the last one must also hold the closing block, beside which only some rows fit. */
    public static int pageCount(int rows, int rowsPerPage, int rowsBesideClosing) {
        int pages = 1;
        int remaining = rows;
        while (remaining > rowsBesideClosing) {
            remaining -= Math.min(rowsPerPage, remaining);
            pages++;
        }
        return pages;
    }
}
