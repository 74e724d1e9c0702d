package com.renewalpost.fulfilment.platform;

import java.io.Serializable;
import java.util.List;

/**
 * What a CSV import did, row by row, worded in the reader's language ({@link ImportResult#in}):
 * the API's answer and what the pages show. {@code line} is the line of the file (the header is
 * line 1); a rejected row lists every reason so the sender can correct and resend the file.
 */
public record ImportReport(int imported, int alreadyPresent, int rejected, List<Row> rows) implements Serializable {

    public enum Outcome { IMPORTED, ALREADY_PRESENT, REJECTED }

    public record Row(long line, Outcome outcome, String reference, List<String> problems) implements Serializable {
    }
}
