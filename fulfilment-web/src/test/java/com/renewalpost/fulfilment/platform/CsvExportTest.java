package com.renewalpost.fulfilment.platform;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class CsvExportTest {

    @Test
    void textThatASpreadsheetWouldRunAsAFormulaIsWrittenAsText() {
        var text = CsvExport.withColumns("reason", "postage")
                .row("=HYPERLINK(\"http://evil.example\",\"x\")", new BigDecimal("1.50"))
                .row("+1", new BigDecimal("-1.50"))
                .row("-2", BigDecimal.ZERO)
                .row("@SUM(A1)", 7)
                .row("\tx", null)
                .row("\rx", null)
                .row("plain - text", new BigDecimal("1E+3"))
                .text();
        assertThat(text.split("\r\n")).containsExactly(
                "reason,postage",
                "\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\",1.50",
                "'+1,-1.50",
                "'-2,0",
                "'@SUM(A1),7",
                "'\tx,",
                "\"'\rx\",",
                "plain - text,1000");
    }

    @Test
    void everyCsvTheApplicationWritesGoesThroughThisWriter() throws IOException {
        try (var sources = Files.walk(Path.of("src/main/java"))) {
            var writers = sources.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> !p.endsWith("CsvExport.java"))
                    .filter(p -> {
                        try {
                            var text = Files.readString(p);
                            return text.contains("CSVPrinter") || text.contains("CSVFormat") && text.contains(".print(");
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    }).map(Path::toString).toList();
            assertThat(writers).as("sources writing CSV on their own").isEmpty();
        }
    }
}
