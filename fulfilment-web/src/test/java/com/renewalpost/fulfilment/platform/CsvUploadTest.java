package com.renewalpost.fulfilment.platform;

import org.apache.commons.csv.CSVFormat;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CsvUploadTest {

    private static final CSVFormat HEADED = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();

    @Test
    void aByteOrderMarkDoesNotBecomePartOfTheFirstColumnName() throws Exception {
        try (var parser = CsvUpload.parse(new StringReader("\uFEFFcode,other\nA,B\n"), HEADED)) {
            assertThat(parser.getHeaderNames()).containsExactly("code", "other");
        }
    }

    @Test
    void anUnclosedQuoteStopsTheFileAtItsLineAndKeepsTheRowsBefore() throws Exception {
        List<String> read = new ArrayList<>();
        try (var parser = CsvUpload.parse(new StringReader("code\nA\nB\n\"C\nD\nE\n"), HEADED)) {
            var malformedAt = CsvUpload.forEachRecord(parser, r -> read.add(r.get("code")));
            assertThat(read).containsExactly("A", "B");
            assertThat(malformedAt).hasValue(4);
        }
    }

    @Test
    void aWellFormedFileIsReadToTheEnd() throws Exception {
        List<String> read = new ArrayList<>();
        try (var parser = CsvUpload.parse(new StringReader("code\nA\n\"B\"\"x\"\n"), HEADED)) {
            assertThat(CsvUpload.forEachRecord(parser, r -> read.add(r.get("code")))).isEmpty();
        }
        assertThat(read).containsExactly("A", "B\"x");
    }

    @Test
    void aHeaderThatIsNotCsvIsAnIllegalArgument() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> CsvUpload.parse(new StringReader("\"code\nA\n"), HEADED))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
