package com.renewalpost.mail;

import com.renewalpost.mail.preview.SampleEmails;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MessageComposerTest {

    private static final Instant NOW = Instant.parse("2025-03-17T09:30:00Z");
    private static final Session SESSION = Session.getInstance(new Properties());
    private static final EmailTemplates TEMPLATES = new EmailTemplates();
    private static final MessageComposer COMPOSER =
            new MessageComposer(TEMPLATES, "mail.renewalpost.example", Clock.fixed(NOW, ZoneOffset.UTC));
    private static final Mailbox FROM = new Mailbox("orders@renewalpost.example", "Renewal Post");

    @Test
    void anEsimCodeEmailIsAlternativeTextAndRelatedHtmlWithTheQrCode() throws Exception {
        CustomerEmail email = SampleEmails.of(EmailKind.CODE_DELAYED, Language.ZH_HANS, CodeKind.ESIM_PROFILE);
        String key = "order:" + SampleEmails.SAMPLE_ORDER_NUMBER + "/CODE_DELAYED";
        RenderedEmail expected = TEMPLATES.render(email, COMPOSER.qrContentIdFor(key));

        MimeMessage received = reparse(COMPOSER.compose(SESSION, email, envelope("王小明", key)));

        assertThat(type(received)).isEqualTo("multipart/alternative");
        Multipart alternative = (Multipart) received.getContent();
        assertThat(alternative.getCount()).isEqualTo(2);

        BodyPart text = alternative.getBodyPart(0);
        assertThat(type(text)).isEqualTo("text/plain");
        assertThat(charset(text)).isEqualToIgnoringCase("UTF-8");
        assertThat(normalised((String) text.getContent())).isEqualTo(expected.text())
                .contains("订单号：" + SampleEmails.SAMPLE_ORDER_NUMBER, "04386-AGYFT-A74Y8-3F815");

        BodyPart relatedPart = alternative.getBodyPart(1);
        assertThat(type(relatedPart)).isEqualTo("multipart/related");
        assertThat(new ContentType(relatedPart.getContentType()).getParameter("type")).isEqualTo("text/html");
        Multipart related = (Multipart) relatedPart.getContent();
        assertThat(related.getCount()).isEqualTo(2);

        BodyPart html = related.getBodyPart(0);
        assertThat(type(html)).isEqualTo("text/html");
        assertThat(charset(html)).isEqualToIgnoringCase("UTF-8");
        String htmlContent = normalised((String) html.getContent());
        assertThat(htmlContent).isEqualTo(expected.html()).contains("王小明", "04386-AGYFT-A74Y8-3F815");

        BodyPart image = related.getBodyPart(1);
        assertThat(type(image)).isEqualTo("image/png");
        assertThat(image.getDisposition()).isEqualTo(Part.INLINE);
        String contentId = image.getHeader("Content-ID")[0];
        assertThat(contentId).startsWith("<").endsWith(">");
        assertThat(htmlContent).contains("src=\"cid:" + contentId.substring(1, contentId.length() - 1) + "\"");
        assertThat(QrImages.decode(image.getInputStream().readAllBytes())).isEqualTo(SampleEmails.SAMPLE_ESIM_CODE);
    }

    @Test
    void headersAreEncodedAndDecodeBack() throws Exception {
        CustomerEmail email = SampleEmails.of(EmailKind.POSTED, Language.ZH_HANT);
        String subject = TEMPLATES.render(email, "x@y").subject();

        MimeMessage received = reparse(COMPOSER.compose(SESSION, email, envelope("陳美玲 \"}} <x>", "k1")));

        String rawSubject = received.getHeader("Subject")[0];
        assertThat(rawSubject).startsWith("=?UTF-8?").doesNotContain("訂單");
        assertThat(received.getSubject()).isEqualTo(subject).contains("訂單");

        InternetAddress to = (InternetAddress) received.getRecipients(Message.RecipientType.TO)[0];
        assertThat(to.getAddress()).isEqualTo("customer@example.com");
        assertThat(to.getPersonal()).isEqualTo("陳美玲 \"}} <x>");
        assertThat(received.getHeader("To")[0]).contains("=?UTF-8?");
        assertThat(((InternetAddress) received.getFrom()[0]).getPersonal()).isEqualTo("Renewal Post");
        assertThat(received.getRecipients(Message.RecipientType.CC)).isNull();
        assertThat(received.getSentDate().toInstant()).isEqualTo(NOW);
        assertThat(received.getHeader("Content-Language")[0]).isEqualTo("zh-Hant");
        assertThat(received.getHeader("Auto-Submitted")[0]).isEqualTo("auto-generated");
    }

    @Test
    void replyToIsSetOnlyWhenGiven() throws Exception {
        CustomerEmail email = SampleEmails.of(EmailKind.POSTED, Language.EN);
        Mailbox customer = new Mailbox("customer@example.com");

        MimeMessage withReplyTo = reparse(COMPOSER.compose(SESSION, email,
                new Envelope(FROM, customer, new Mailbox("help@renewalpost.example"), "k")));
        MimeMessage without = reparse(COMPOSER.compose(SESSION, email, new Envelope(FROM, customer, "k")));

        assertThat(((InternetAddress) withReplyTo.getReplyTo()[0]).getAddress()).isEqualTo("help@renewalpost.example");
        assertThat(without.getHeader("Reply-To")).isNull();
    }

    @ParameterizedTest
    @EnumSource(value = EmailKind.class, names = {"POSTED", "REPLACEMENT_SENT", "BALANCE_DUE", "CONFIRMATION_CODE"})
    void emailsWithoutACodeAreTextAndHtmlOnly(EmailKind kind) throws Exception {
        MimeMessage received = reparse(COMPOSER.compose(SESSION, SampleEmails.of(kind, Language.EN), envelope("Alex", "k")));

        Multipart alternative = (Multipart) received.getContent();
        assertThat(alternative.getCount()).isEqualTo(2);
        assertThat(type(alternative.getBodyPart(0))).isEqualTo("text/plain");
        assertThat(type(alternative.getBodyPart(1))).isEqualTo("text/html");
        assertThat(charset(alternative.getBodyPart(1))).isEqualToIgnoringCase("UTF-8");
        for (String content : textContents(received)) {
            assertThat(content).doesNotContain("04386-AGYFT-A74Y8-3F815", SampleEmails.SAMPLE_VOUCHER_PIN, "cid:");
        }
    }

    @Test
    void aVoucherCodeEmailHasThePinAndNoImage() throws Exception {
        MimeMessage received = reparse(COMPOSER.compose(SESSION,
                SampleEmails.of(EmailKind.CODE_AT_RISK, Language.ZH_HANS, CodeKind.VOUCHER), envelope("王小明", "k")));

        Multipart alternative = (Multipart) received.getContent();
        assertThat(type(alternative.getBodyPart(1))).isEqualTo("text/html");
        List<String> contents = textContents(received);
        assertThat(contents).hasSize(2).allSatisfy(c -> assertThat(c).contains(SampleEmails.SAMPLE_VOUCHER_PIN));
    }

    @Test
    void theMessageIdComesFromTheKeyAndSurvivesSavingAndWriting() throws Exception {
        String key = "order:RP-2025-000123/CODE_DELAYED";
        MimeMessage message = COMPOSER.compose(SESSION, SampleEmails.of(EmailKind.CODE_DELAYED, Language.EN), envelope("Alex", key));
        String expected = COMPOSER.messageIdFor(key);
        assertThat(expected).matches("<[0-9a-f]{64}@mail\\.renewalpost\\.example>");

        // Transport.send calls saveChanges again: a plain MimeMessage would pick a new ID here
        message.saveChanges();
        assertThat(message.getMessageID()).isEqualTo(expected);
        assertThat(reparse(message).getMessageID()).isEqualTo(expected);
    }

    @Test
    void theSameKeyGivesTheSameMessageIdAndAnotherKeyAnotherOne() throws Exception {
        CustomerEmail email = SampleEmails.of(EmailKind.POSTED, Language.EN);
        String first = reparse(COMPOSER.compose(SESSION, email, envelope("Alex", "order:1/POSTED"))).getMessageID();
        String again = reparse(new MessageComposer(new EmailTemplates(), "mail.renewalpost.example")
                .compose(SESSION, email, envelope("Alex", "order:1/POSTED"))).getMessageID();
        String other = reparse(COMPOSER.compose(SESSION, email, envelope("Alex", "order:2/POSTED"))).getMessageID();

        assertThat(again).isEqualTo(first);
        assertThat(other).isNotEqualTo(first);
        assertThat(COMPOSER.qrContentIdFor("order:1/POSTED")).isNotEqualTo(COMPOSER.qrContentIdFor("order:2/POSTED"));
    }

    @Test
    void aStoredMessageKeepsItsMessageIdWhenSentLater() throws Exception {
        MimeMessage message = COMPOSER.compose(SESSION, SampleEmails.of(EmailKind.CODE_DELAYED, Language.EN), envelope("Alex", "stored"));
        ByteArrayOutputStream stored = new ByteArrayOutputStream();
        message.writeTo(stored);

        MimeMessage reloaded = MessageComposer.readStored(SESSION, new ByteArrayInputStream(stored.toByteArray()));
        reloaded.saveChanges();

        assertThat(reloaded.getMessageID()).isEqualTo(COMPOSER.messageIdFor("stored"));
        assertThat(reloaded.getSubject()).isEqualTo(message.getSubject());
    }

    @ParameterizedTest
    @ValueSource(strings = {"\r\n", "\n", "\r"})
    void headerValuesWithLineBreaksAreRefused(String lineBreak) {
        String injected = "x" + lineBreak + "Bcc: victim@example.com";
        CustomerEmail email = SampleEmails.of(EmailKind.POSTED, Language.EN);
        RenderedEmail rendered = TEMPLATES.render(email, "x@y");
        RenderedEmail badSubject = new RenderedEmail(rendered.kind(), rendered.language(), "Order " + injected,
                rendered.text(), rendered.html(), Optional.empty());
        Envelope envelope = envelope("Alex", "k");

        assertThatThrownBy(() -> COMPOSER.compose(SESSION, badSubject, envelope)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Mailbox("customer@example.com", "Alex" + injected)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Mailbox("customer@example.com" + lineBreak + "Bcc: victim@example.com"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Envelope(FROM, new Mailbox("customer@example.com"), "key" + injected))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> COMPOSER.messageIdFor("key" + injected)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MessageComposer(TEMPLATES, "example.com" + lineBreak + "X-Evil: 1"))
                .isInstanceOf(IllegalArgumentException.class);
        // the order number goes into the subject, the customer's name into the To header
        var order = email.order();
        assertThatThrownBy(() -> new OrderDetails(order.customerName(), order.language(), "RP-1" + injected,
                order.productName(), order.support(), order.sender())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OrderDetails("Alex" + injected, order.language(), order.orderNumber(),
                order.productName(), order.support(), order.sender())).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"not an address", "a@b@example.com", "Evil <evil@example.com>", "a@example.com, b@example.com",
            "group: a@example.com;", "customer@", "@example.com", ""})
    void addressesAreParsedStrictly(String address) {
        assertThatThrownBy(() -> new Mailbox(address)).isInstanceOf(IllegalArgumentException.class);
    }

    private static Envelope envelope(String customerName, String key) {
        return new Envelope(FROM, new Mailbox("customer@example.com", customerName), key);
    }

    /** What a receiving server would see: the bytes written, parsed again. */
    private static MimeMessage reparse(MimeMessage message) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        message.writeTo(bytes);
        try (InputStream in = new ByteArrayInputStream(bytes.toByteArray())) {
            return new MimeMessage(SESSION, in);
        }
    }

    private static String type(Part part) throws Exception {
        return new ContentType(part.getContentType()).getBaseType().toLowerCase();
    }

    private static String charset(Part part) throws Exception {
        return new ContentType(part.getContentType()).getParameter("charset");
    }

    private static String normalised(String content) {
        return content.replace("\r\n", "\n");
    }

    private static List<String> textContents(Part part) throws Exception {
        List<String> contents = new ArrayList<>();
        if (part.isMimeType("text/*")) {
            contents.add((String) part.getContent());
        } else if (part.getContent() instanceof MimeMultipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                contents.addAll(textContents(multipart.getBodyPart(i)));
            }
        } else if (!part.isMimeType("image/png")) {
            throw new AssertionError("unexpected part " + part.getContentType());
        }
        return contents;
    }
}
