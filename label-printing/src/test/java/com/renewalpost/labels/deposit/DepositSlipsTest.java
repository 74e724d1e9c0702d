package com.renewalpost.labels.deposit;

import static org.assertj.core.api.Assertions.assertThat;

import com.renewalpost.labels.PaperSize;
import com.renewalpost.labels.PdfReading;
import com.renewalpost.labels.Samples;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DepositSlipsTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 4);

    static DepositSlip slip() {
        return new DepositSlip(DAY, "Renewal Post", List.of(
                new DepositItem("RP-AAAA1111", "Cheque", "000123", new BigDecimal("25.00"), "USD"),
                new DepositItem("RP-AAAA2222", "Money order", "MO-7781", new BigDecimal("20.50"), "USD"),
                new DepositItem("RP-AAAA3333", "Cheque", "88812", new BigDecimal("3900"), "JPY"),
                new DepositItem("RP-AAAA4444", "Cheque", "55", new BigDecimal("23.50"), "EUR")));
    }

    private static byte[] pdf(DepositSlip slip, PaperSize paper) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DepositSlips(Samples.settings().withPaper(paper)).write(slip, out);
        return out.toByteArray();
    }

    @Test
    void totalsArePerCurrency() {
        assertThat(slip().totals()).containsExactly(
                new DepositSlip.Total("EUR", 1, new BigDecimal("23.50")),
                new DepositSlip.Total("JPY", 1, new BigDecimal("3900")),
                new DepositSlip.Total("USD", 2, new BigDecimal("45.50")));
        assertThat(new DepositSlip(DAY, "Renewal Post", List.of()).totals()).isEmpty();
    }

    @Test
    void theSlipReadsBackWithEveryItemAndTheTotals() {
        byte[] pdf = pdf(slip(), PaperSize.A4);
        assertThat(PdfReading.pageCount(pdf)).isEqualTo(1);
        String text = PdfReading.text(pdf);
        assertThat(text).contains("BANK DEPOSIT SLIP", "Account holder: Renewal Post", "Received on: 2026-12-04",
                "Page 1 of 1", "RP-AAAA1111", "000123", "MO-7781", "Money order", "20.50", "3900",
                "EUR: 23.50 EUR (1 item)", "JPY: 3900 JPY (1 item)", "USD: 45.50 USD (2 items)", "Paid in by");
        assertThat(PdfReading.fonts(pdf)).allSatisfy((font, embedded) -> assertThat(embedded).as(font).isTrue());
    }

    @Test
    void anEmptyDaySaysSo() {
        String text = PdfReading.text(pdf(new DepositSlip(DAY, "Renewal Post", List.of()), PaperSize.US_LETTER));
        assertThat(text).contains("BANK DEPOSIT SLIP", "Nothing received on this day.");
    }

    @ParameterizedTest
    @EnumSource(PaperSize.class)
    void aLongSlipRunsOverPagesWithTheTotalsOnTheLast(PaperSize paper) {
        List<DepositItem> items = new ArrayList<>();
        for (int i = 1; i <= 120; i++) {
            items.add(new DepositItem(String.format("RP-%08d", i), "Cheque", "C" + i, new BigDecimal("10.00"),
                    i % 2 == 0 ? "USD" : "EUR"));
        }
        List<String> pages = PdfReading.pageTexts(pdf(new DepositSlip(DAY, "Renewal Post", items), paper));
        assertThat(pages.size()).isGreaterThan(1);
        for (int i = 0; i < pages.size(); i++) {
            assertThat(pages.get(i)).contains("Page " + (i + 1) + " of " + pages.size());
            assertThat(pages.get(i).contains("TOTALS BY CURRENCY")).isEqualTo(i == pages.size() - 1);
        }
        assertThat(String.join("\n", pages)).contains("RP-00000001", "RP-00000120", "EUR: 600.00 EUR (60 items)",
                "USD: 600.00 USD (60 items)");
    }
}
