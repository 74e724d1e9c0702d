package com.renewalpost.labels.pdf;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.WriterProperties;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/** Opens PDF documents on a caller's stream: buffered, compressed, and leaving the stream open when the document closes. */
public final class PdfOutput {

    private PdfOutput() {
    }

    public static PdfDocument open(OutputStream out, String title) {
        OutputStream keepOpen = new FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
        PdfWriter writer = new PdfWriter(new BufferedOutputStream(keepOpen, 1 << 14),
                new WriterProperties().setFullCompressionMode(true));
        PdfDocument pdf = new PdfDocument(writer);
        pdf.getDocumentInfo().setTitle(title).setCreator("Renewal Post label-printing");
        return pdf;
    }
}
