package com.renewalpost.fulfilment.platform;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/**
 * What a CSV import did, row by row, before it is worded: the rows' problems are {@link Text}s,
 * put into the reader's language by {@link #in}.
 */
public record ImportResult(List<Row> rows) implements Serializable {

    public record Row(long line, ImportReport.Outcome outcome, String reference, List<Text> problems)
            implements Serializable {

        public Row {
            problems = List.copyOf(problems);
        }
    }

    public ImportResult {
        rows = List.copyOf(rows);
    }

    public int imported() {
        return count(ImportReport.Outcome.IMPORTED);
    }

    public int alreadyPresent() {
        return count(ImportReport.Outcome.ALREADY_PRESENT);
    }

    public int rejected() {
        return count(ImportReport.Outcome.REJECTED);
    }

    /** The report in this language. */
    public ImportReport in(Locale locale) {
        return new ImportReport(imported(), alreadyPresent(), rejected(), rows.stream()
                .map(r -> new ImportReport.Row(r.line(), r.outcome(), r.reference(),
                        r.problems().stream().map(p -> p.in(locale)).toList()))
                .toList());
    }

    private int count(ImportReport.Outcome outcome) {
        return (int) rows.stream().filter(r -> r.outcome() == outcome).count();
    }
}
