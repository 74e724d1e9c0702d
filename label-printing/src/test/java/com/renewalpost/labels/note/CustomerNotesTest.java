package com.renewalpost.labels.note;

import static org.assertj.core.api.Assertions.assertThat;

import com.renewalpost.labels.PaperSize;
import com.renewalpost.labels.PdfReading;
import com.renewalpost.labels.Samples;

import java.io.ByteArrayOutputStream;
import java.util.List;

import org.junit.jupiter.api.Test;

class CustomerNotesTest {

    private static byte[] pdf(CustomerNote note) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new CustomerNotes(Samples.settings().withPaper(PaperSize.A4)).write(note, out);
        return out.toByteArray();
    }

    @Test
    void aNoteInChineseToACustomerWithAnArabicNameReadsBackWithEmbeddedFonts() {
        byte[] pdf = pdf(new CustomerNote("zh-Hans", List.of("محمد عبد الله", "Flat 5, 18 Nathan Road", "Kowloon", "HONG KONG"),
                "感谢您的付款：尚有差额待付", List.of("尊敬的 محمد عبد الله：", "待补付差额：5.00 USD", "订单号：RP-AAAA1111")));
        assertThat(PdfReading.pageCount(pdf)).isEqualTo(1);
        String text = PdfReading.text(pdf);
        assertThat(text).contains("Flat 5, 18 Nathan Road", "HONG KONG", "感谢您的付款", "待补付差额：5.00 USD", "RP-AAAA1111");
        assertThat(PdfReading.fonts(pdf)).allSatisfy((font, embedded) -> assertThat(embedded).as(font).isTrue());
    }

    @Test
    void aLongTextShrinksToOnePage() {
        String paragraph = "Please send a cheque or money order for the balance, with your order number. ".repeat(12);
        byte[] pdf = pdf(new CustomerNote("en", List.of("Alex Morgan", "1 George St", "Sydney NSW 2000", "AUSTRALIA"),
                "A balance is still due", List.of(paragraph, paragraph, paragraph, paragraph, paragraph)));
        assertThat(PdfReading.pageCount(pdf)).isEqualTo(1);
        assertThat(PdfReading.text(pdf)).contains("A balance is still due", "Alex Morgan");
    }
}
