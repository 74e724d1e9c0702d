package com.renewalpost.fulfilment.notifications;

import com.renewalpost.mail.EmailKind;
import com.renewalpost.mail.EmailTemplates;
import com.renewalpost.mail.Language;
import com.renewalpost.mail.preview.SampleEmails;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The printed balance note says what the balance-due email says, without the email's footer. */
class BalanceNoteTextTest {

    @Test
    void theEmailsHeadingIsTheTitleAndItsTextTheNote() {
        var text = new EmailTemplates().renderForBrowser(SampleEmails.of(EmailKind.BALANCE_DUE, Language.ZH_HANS)).text();
        var note = BalanceNotes.note("zh-Hans", List.of("Wang Xiaoming", "CHINA"), text);
        assertThat(note.title()).isEqualTo("感谢您的付款：尚有差额待付");
        assertThat(String.join("\n", note.paragraphs())).contains("待补付差额：5.00 USD", "PO Box 1234")
                .doesNotContain("--", note.title());
        assertThat(note.addressLines()).containsExactly("Wang Xiaoming", "CHINA");
    }
}
