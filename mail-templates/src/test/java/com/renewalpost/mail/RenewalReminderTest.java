package com.renewalpost.mail;

import com.renewalpost.mail.preview.SampleEmails;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.net.URI;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RenewalReminderTest {

    private static final String CID = "activation-qr.test@renewalpost.invalid";
    private static final EmailTemplates TEMPLATES = new EmailTemplates();
    private static final URI UNSUBSCRIBE = URI.create("https://renewalpost.example/api/public/reminders/unsubscribe?token=t1");
    private static final URI ONLINE = URI.create("https://renewalpost.example/order");

    private static RenewalReminder reminder(Language language, boolean lastCall, URI online) {
        return new RenewalReminder(SampleEmails.of(EmailKind.POSTED, language).order(), "0148",
                LocalDate.of(2025, 4, 30), LocalDate.of(2025, 4, 2), lastCall, online, UNSUBSCRIBE);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void saysTheLineTheDatesHowToOrderAndHowToStopInEveryLanguage(Language language) {
        var rendered = TEMPLATES.render(reminder(language, false, ONLINE), CID);
        var dates = switch (language) {
            case EN -> new String[] {"April 30, 2025", "April 2, 2025"};
            case ZH_HANS, ZH_HANT, JA -> new String[] {"2025年4月30日", "2025年4月2日"};
            case ES -> new String[] {"30 de abril de 2025", "2 de abril de 2025"};
        };
        for (var body : new String[] {rendered.text(), rendered.html()}) {
            assertThat(body).contains("0148", dates[0], dates[1], SampleEmails.SAMPLE_ORDER_NUMBER,
                    ONLINE.toString());
        }
        assertThat(rendered.text()).contains(UNSUBSCRIBE.toString());
        assertThat(rendered.html()).contains("href=\"" + UNSUBSCRIBE.toString().replace("&", "&amp;") + "\"",
                "href=\"" + ONLINE + "\"");
        assertThat(rendered.inlineImage()).isEmpty();
        assertThat(rendered.html()).doesNotContain("<img");
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void theLastCallSaysTodayAndDiffersFromTheFirst(Language language) {
        var first = TEMPLATES.render(reminder(language, false, null), CID).text();
        var last = TEMPLATES.render(reminder(language, true, null), CID).text();
        assertThat(last).isNotEqualTo(first);
        var today = switch (language) {
            case EN -> "Today";
            case ZH_HANS, ZH_HANT -> "今天";
            case JA -> "本日";
            case ES -> "Hoy";
        };
        assertThat(last).contains(today);
        assertThat(first).doesNotContain(today);
    }

    @Test
    void withoutAnOnlineShopOnlyThePostIsOffered() {
        var rendered = TEMPLATES.render(reminder(Language.EN, false, null), CID);
        assertThat(rendered.text()).contains("renewal form that came with your last letter").doesNotContain("Order online");
        assertThat(rendered.html()).doesNotContain("/order\"");
    }

    @Test
    void neverTheWholeLineAndOnlyWebLinks() {
        assertThat(RenewalReminder.lastFourOf("8901260123456789012")).isEqualTo("9012");
        assertThat(RenewalReminder.lastFourOf("+12065550148")).isEqualTo("0148");
        var order = SampleEmails.of(EmailKind.POSTED, Language.EN).order();
        var day = LocalDate.of(2025, 4, 2);
        assertThatThrownBy(() -> new RenewalReminder(order, "8901260123456789012", day, day, false, null, UNSUBSCRIBE))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RenewalReminder(order, "0148", day, day, false, null,
                URI.create("javascript:alert(1)"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RenewalReminder(order, "0148", day, day, false, URI.create("data:text/html,x"),
                UNSUBSCRIBE)).isInstanceOf(IllegalArgumentException.class);
    }
}
