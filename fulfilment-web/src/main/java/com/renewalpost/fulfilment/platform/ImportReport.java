package com.renewalpost.fulfilment.platform;

import java.io.Serializable;
import java.util.List;

/**
 * What a CSV import did, row by row. {@code line} is the line of the file (the header is line 1);
 * a rejected row lists every reason so the sender can correct and resend the file.
 */
public record ImportReport(int imported, int alreadyPresent, int rejected, List<Row> rows) implements Serializable {

    public enum Outcome { IMPORTED, ALREADY_PRESENT, REJECTED }

    public record Row(long line, Outcome outcome, String reference, List<String> problems) implements Serializable {
    }

    public static ImportReport of(List<Row> rows) {
        return new ImportReport(
                (int) rows.stream().filter(r -> r.outcome() == Outcome.IMPORTED).count(),
                (int) rows.stream().filter(r -> r.outcome() == Outcome.ALREADY_PRESENT).count(),
                (int) rows.stream().filter(r -> r.outcome() == Outcome.REJECTED).count(),
                List.copyOf(rows));
    }
}
