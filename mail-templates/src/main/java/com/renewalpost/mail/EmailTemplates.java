package com.renewalpost.mail;

import freemarker.core.Environment;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;

import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.regex.Pattern;

/**
 * Renders customer emails with FreeMarker: {@code <kind>.ftlh} (HTML, auto-escaped) and
 * {@code <kind>.ftl} (plain text), texts and subjects from the {@code messages} resource bundles.
 * Immutable and thread-safe: create one and share it.
 */
public final class EmailTemplates {

    private static final String TEMPLATE_FOLDER = "/com/renewalpost/mail/templates";
    private static final String BUNDLE = "com.renewalpost.mail.templates.messages";
    // without this, a JVM whose default locale is Chinese would answer English customers in Chinese
    private static final ResourceBundle.Control NO_DEFAULT_LOCALE_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    private static final Pattern CONTENT_ID = Pattern.compile("[A-Za-z0-9._-]+@[A-Za-z0-9.-]+");

    private final Configuration freemarker;

    public EmailTemplates() {
        Configuration configuration = new Configuration(Configuration.VERSION_2_3_34);
        configuration.setClassForTemplateLoading(EmailTemplates.class, TEMPLATE_FOLDER);
        configuration.setDefaultEncoding("UTF-8");
        // .ftlh gets the HTML output format (auto-escaping), .ftl none
        configuration.setRecognizeStandardFileExtensions(true);
        // languages come from the resource bundles, not from per-locale template files
        configuration.setLocalizedLookup(false);
        configuration.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        // the data model may hold an activation code: FreeMarker must not log errors on its own
        configuration.setLogTemplateExceptions(false);
        configuration.setWrapUncheckedExceptions(true);
        configuration.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        configuration.setAPIBuiltinEnabled(false);
        this.freemarker = configuration;
    }

    /**
     * Renders for a MIME message: an eSIM QR code is referenced as {@code cid:<qrContentId>} and
     * returned as the {@link RenderedEmail#inlineImage()} to attach with that Content-ID.
     *
     * @param qrContentId the Content-ID (without angle brackets) the HTML should reference, e.g. {@code qr.1a2b@example.com}
     */
    public RenderedEmail render(CustomerEmail email, String qrContentId) {
        SingleLine.require(qrContentId, "QR content ID");
        if (!CONTENT_ID.matcher(qrContentId).matches()) {
            throw new IllegalArgumentException("QR content ID must look like local-part@domain");
        }
        return render(email, png -> "cid:" + qrContentId, qrContentId);
    }

    /**
     * Renders for a browser (staff previews): the QR code is embedded in the HTML as a
     * {@code data:} URI, so the result is self-contained and has no inline image.
     */
    public RenderedEmail renderForBrowser(CustomerEmail email) {
        return render(email, png -> "data:image/png;base64," + Base64.getEncoder().encodeToString(png), null);
    }

    private RenderedEmail render(CustomerEmail email, ImageSource imageSource, String contentId) {
        OrderDetails order = email.order();
        Language language = order.language();
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, language.locale(),
                EmailTemplates.class.getClassLoader(), NO_DEFAULT_LOCALE_FALLBACK);
        MessageText messages = new MessageText(bundle, language.locale());

        String subject = messages.format("subject." + email.kind().name(), order.orderNumber());
        Map<String, Object> model = model(email, language);
        model.put("msg", messages);
        model.put("subject", subject);

        String text = process(email.kind().templateName() + ".ftl", model, language);

        Optional<InlineImage> inlineImage = Optional.empty();
        if (email instanceof CodeEmail codeEmail && codeEmail.code() instanceof EmailedCode.EsimProfile esim) {
            byte[] png = QrCode.png(esim.activationCode());
            model.put("qrSrc", imageSource.of(png));
            if (contentId != null) {
                inlineImage = Optional.of(new InlineImage(contentId, "image/png", png));
            }
        }
        String html = process(email.kind().templateName() + ".ftlh", model, language);
        return new RenderedEmail(email.kind(), language, subject, text, html, inlineImage);
    }

    /** Only strings, booleans and lists of strings: templates see prepared values, never the records. */
    private static Map<String, Object> model(CustomerEmail email, Language language) {
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language.locale());
        OrderDetails order = email.order();
        Map<String, Object> model = new HashMap<>();
        model.put("kind", email.kind().name());
        model.put("lang", language.tag());
        model.put("customerName", order.customerName());
        model.put("orderNumber", order.orderNumber());
        model.put("productName", order.productName());
        putIfPresent(model, "lineEnding", order.lineEnding());
        model.put("supportEmail", order.support().email());
        putIfPresent(model, "supportPhone", order.support().phone());
        model.put("senderName", order.sender().name());
        model.put("senderAddress", order.sender().postalAddress());

        if (email instanceof CodeEmail codeEmail) {
            putCode(model, codeEmail.code());
        }
        if (email instanceof CodeDelayed delayed) {
            model.put("postedOn", dates.format(delayed.postedOn()));
            putTracking(model, delayed.tracking());
        } else if (email instanceof CodeAtRisk atRisk) {
            model.put("planExpiresOn", dates.format(atRisk.planExpiresOn()));
            putDate(model, "postedOn", atRisk.postedOn(), dates);
        } else if (email instanceof Posted posted) {
            model.put("postedOn", dates.format(posted.postedOn()));
            putDelivery(model, posted.expectedDelivery(), dates);
            putTracking(model, posted.tracking());
        } else if (email instanceof ConfirmationCode confirmation) {
            model.put("confirmationCode", confirmation.confirmationCode());
        } else if (email instanceof ReplacementSent replacement) {
            model.put("reason", replacement.reason().name());
            model.put("postedOn", dates.format(replacement.postedOn()));
            putDelivery(model, replacement.expectedDelivery(), dates);
            putTracking(model, replacement.tracking());
        } else if (email instanceof BalanceDue balance) {
            model.put("due", money(balance.due(), balance.currency(), language));
            model.put("paid", money(balance.paid(), balance.currency(), language));
            model.put("price", money(balance.price(), balance.currency(), language));
        } else if (email instanceof RenewalReminder reminder) {
            model.put("lineLastFour", reminder.lineLastFour());
            model.put("nextExpiry", dates.format(reminder.nextExpiry()));
            model.put("latestDay", dates.format(reminder.latestDayToOrder()));
            model.put("lastCall", reminder.lastCall());
            if (reminder.orderOnline() != null) {
                model.put("orderOnlineUrl", reminder.orderOnline().toASCIIString());
            }
            model.put("unsubscribeUrl", reminder.unsubscribe().toASCIIString());
        } else if (email instanceof NextCardOnItsWay next) {
            model.put("planExpiresOn", dates.format(next.planExpiresOn()));
            model.put("cardBy", dates.format(next.cardBy()));
        }
        return model;
    }

    /** An amount as the customer's language writes money, with the ISO code so that no "$" is ambiguous. */
    static String money(java.math.BigDecimal amount, java.util.Currency currency, Language language) {
        var format = java.text.NumberFormat.getNumberInstance(language.locale());
        format.setMinimumFractionDigits(Math.max(currency.getDefaultFractionDigits(), 0));
        format.setMaximumFractionDigits(Math.max(currency.getDefaultFractionDigits(), 0));
        return format.format(amount) + " " + currency.getCurrencyCode();
    }

    private static void putCode(Map<String, Object> model, EmailedCode code) {
        model.put("codeKind", code.kind().name());
        if (code instanceof EmailedCode.EsimProfile esim) {
            model.put("activationCode", esim.activationCode());
            model.put("smdpAddress", esim.smdpAddress());
            model.put("matchingId", esim.matchingId());
            model.put("confirmationRequired", esim.confirmationCodeRequired());
        } else if (code instanceof EmailedCode.VoucherPin voucher) {
            model.put("pin", voucher.pin());
        }
    }

    private static void putTracking(Map<String, Object> model, Tracking tracking) {
        if (tracking != null) {
            model.put("trackingNumber", tracking.number());
            if (tracking.publicUrl() != null) {
                model.put("trackingUrl", tracking.publicUrl().toASCIIString());
            }
        }
    }

    private static void putDelivery(Map<String, Object> model, DeliveryWindow window, DateTimeFormatter dates) {
        model.put("deliveryFrom", dates.format(window.earliest()));
        model.put("deliveryTo", dates.format(window.latest()));
    }

    private static void putDate(Map<String, Object> model, String key, LocalDate date, DateTimeFormatter dates) {
        if (date != null) {
            model.put(key, dates.format(date));
        }
    }

    private static void putIfPresent(Map<String, Object> model, String key, String value) {
        if (value != null) {
            model.put(key, value);
        }
    }

    private String process(String templateName, Map<String, Object> model, Language language) {
        try {
            Template template = freemarker.getTemplate(templateName);
            StringWriter out = new StringWriter();
            Environment environment = template.createProcessingEnvironment(model, out);
            environment.setLocale(language.locale());
            environment.process();
            return out.toString();
        } catch (IOException | TemplateException e) {
            throw new TemplateRenderingException("could not render " + templateName + " for " + language.tag(), e);
        }
    }

    @FunctionalInterface
    private interface ImageSource {
        String of(byte[] png);
    }
}
