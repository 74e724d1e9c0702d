package com.renewalpost.fulfilment.orders;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.io.StringWriter;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import static org.assertj.core.api.Assertions.assertThat;

/** The orders list as CSV: read back as written, and no cell a spreadsheet would run as a formula. */
class OrdersCsvTest {

    @Test
    void theListReadsBackWithItsHeadingsInTheReadersLanguage() throws Exception {
        var at = OffsetDateTime.parse("2026-12-01T08:30:00Z");
        var rows = List.of(
                new OrderView.Summary("RP-7K3M9Q2X", "ON_HOLD", "=CMD|' /C calc'!A0", "Wang, \"Xiao\"",
                        "w@example.com", "CN", "ESIM-30", "WEB", null, at),
                new OrderView.Summary("RP-7K3M9Q2Y", "POSTED", "李四", null, "-l@example.com", "JP", "VCH-30", "POST",
                        "RR123456785US", at));
        var out = new StringWriter();
        OrdersCsv.write(rows, ResourceBundle.getBundle("ui.orders", Locale.ENGLISH), out);

        var records = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(out.toString())).getRecords();
        assertThat(records).hasSize(2);
        CSVRecord first = records.get(0);
        assertThat(first.get("Order")).isEqualTo("RP-7K3M9Q2X");
        assertThat(first.get("Status")).isEqualTo("On hold");
        assertThat(first.get("Customer")).isEqualTo("'=CMD|' /C calc'!A0");
        assertThat(first.get("Name in Latin letters")).isEqualTo("Wang, \"Xiao\"");
        assertThat(first.get("Channel")).isEqualTo("Web shop");
        assertThat(first.get("Tracking number")).isEmpty();
        assertThat(first.get(9)).isEqualTo("2026-12-01T08:30:00Z");
        assertThat(records.get(1).get("Email")).isEqualTo("'-l@example.com");
        assertThat(records.get(1).get("Customer")).isEqualTo("李四");

        var chinese = new StringWriter();
        OrdersCsv.write(rows, ResourceBundle.getBundle("ui.orders", Locale.SIMPLIFIED_CHINESE), chinese);
        assertThat(chinese.toString().lines().findFirst().orElseThrow()).contains("电子邮件").doesNotContain("Email");
    }
}
