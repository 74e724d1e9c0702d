package com.renewalpost.fulfilment.payments;

import com.renewalpost.labels.deposit.DepositItem;
import com.renewalpost.labels.deposit.DepositSlip;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The deposit slip's CSV read back: every item, then one TOTAL row per currency; no cell a spreadsheet would run. */
class DepositSlipCsvTest {

    private static List<CSVRecord> read(String csv) throws Exception {
        try (var parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(csv))) {
            return parser.getRecords();
        }
    }

    @Test
    void itemsThenTotalsPerCurrency() throws Exception {
        var slip = new DepositSlip(LocalDate.of(2026, 12, 4), "Renewal Post", List.of(
                new DepositItem("RP-AAAA1111", "Cheque", "000123", new BigDecimal("25.00"), "USD"),
                new DepositItem("RP-AAAA2222", "Money order", "=HYPERLINK(\"x\")", new BigDecimal("20.50"), "USD"),
                new DepositItem("RP-AAAA3333", "Cheque", "88812", new BigDecimal("3900"), "JPY")));
        var records = read(DepositSlips.csv(slip));

        assertThat(records).hasSize(5);
        assertThat(records.get(0).toMap()).containsEntry("date", "2026-12-04").containsEntry("order_number", "RP-AAAA1111")
                .containsEntry("kind", "Cheque").containsEntry("number", "000123").containsEntry("amount", "25.00")
                .containsEntry("currency", "USD");
        // a number that looks like a formula stays text
        assertThat(records.get(1).get("number")).isEqualTo("'=HYPERLINK(\"x\")");
        assertThat(records.get(3).toMap()).containsEntry("kind", "TOTAL").containsEntry("currency", "JPY")
                .containsEntry("number", "1").containsEntry("amount", "3900");
        assertThat(records.get(4).toMap()).containsEntry("kind", "TOTAL").containsEntry("currency", "USD")
                .containsEntry("number", "2").containsEntry("amount", "45.50");
    }

    @Test
    void anEmptyDayHasOnlyTheHeader() throws Exception {
        var csv = DepositSlips.csv(new DepositSlip(LocalDate.of(2026, 12, 4), "Renewal Post", List.of()));
        assertThat(read(csv)).isEmpty();
        assertThat(csv).startsWith("date,order_number,kind,number,amount,currency");
    }
}
