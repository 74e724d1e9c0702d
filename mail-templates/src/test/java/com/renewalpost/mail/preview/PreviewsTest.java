package com.renewalpost.mail.preview;

import com.renewalpost.mail.CodeKind;
import com.renewalpost.mail.EmailKind;
import com.renewalpost.mail.EmailTemplates;
import com.renewalpost.mail.Language;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class PreviewsTest {

    private final Previews previews = new Previews(new EmailTemplates());

    @Test
    void everyKindPreviewsInEveryLanguage() {
        for (EmailKind kind : EmailKind.values()) {
            for (Language language : Language.values()) {
                for (CodeKind codeKind : CodeKind.values()) {
                    PreviewEmail preview = previews.preview(kind, language.tag(), codeKind);

                    assertThat(preview.kind()).isEqualTo(kind);
                    assertThat(preview.language()).isEqualTo(language);
                    assertThat(preview.subject()).contains(SampleEmails.SAMPLE_ORDER_NUMBER);
                    assertThat(preview.text()).contains(SampleEmails.SAMPLE_ORDER_NUMBER);
                    // self-contained: an admin page can show it without the MIME message around it
                    assertThat(preview.html()).contains(SampleEmails.SAMPLE_ORDER_NUMBER).doesNotContain("cid:");
                    boolean showsQr = kind.carriesCode() && codeKind == CodeKind.ESIM_PROFILE;
                    assertThat(preview.html().contains("src=\"data:image/png;base64,")).isEqualTo(showsQr);
                }
            }
        }
    }

    @Test
    void previewsResolveLanguageTagsLikeCustomerEmails() {
        assertThat(previews.preview(EmailKind.POSTED, "zh-TW").language()).isEqualTo(Language.ZH_HANT);
        assertThat(previews.preview(EmailKind.POSTED, "zh-CN").language()).isEqualTo(Language.ZH_HANS);
        assertThat(previews.preview(EmailKind.POSTED, "ja-JP").language()).isEqualTo(Language.JA);
        assertThat(previews.preview(EmailKind.POSTED, "es-MX").language()).isEqualTo(Language.ES);
        assertThat(previews.preview(EmailKind.POSTED, "de").language()).isEqualTo(Language.EN);
    }

    @Test
    void theCommandWritesHtmlTextAndEmlForEverything(@TempDir Path folder) throws Exception {
        List<Path> written = PreviewCommand.writeAll(folder);

        // code emails in both code kinds: (2 kinds x 2 code kinds + 3 kinds) x 5 languages x 3 files
        assertThat(Language.values()).hasSize(5);
        assertThat(written).hasSize((2 * 2 + 3) * 5 * 3).allSatisfy(p -> assertThat(p).isRegularFile());
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.count()).isEqualTo(written.size());
        }
        assertThat(folder.resolve("code-delayed_zh-Hans_esim-profile.html")).exists();
        assertThat(folder.resolve("posted_zh-Hant.eml")).exists();

        PreviewEmail expected = previews.preview(EmailKind.CODE_AT_RISK, "zh-Hans", CodeKind.VOUCHER);
        assertThat(Files.readString(folder.resolve("code-at-risk_zh-Hans_voucher.html"))).isEqualTo(expected.html());
        assertThat(Files.readString(folder.resolve("code-at-risk_zh-Hans_voucher.txt"))).isEqualTo(expected.text());
        try (InputStream in = Files.newInputStream(folder.resolve("code-at-risk_zh-Hans_voucher.eml"))) {
            MimeMessage eml = new MimeMessage(Session.getInstance(new Properties()), in);
            assertThat(eml.getSubject()).isEqualTo(expected.subject());
            assertThat(eml.isMimeType("multipart/alternative")).isTrue();
        }
    }
}
