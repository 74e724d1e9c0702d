package com.renewalpost.fulfilment.renewal;

import com.renewalpost.mail.Language;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * For customers: the unsubscribe link of a renewal reminder. GET shows a confirmation page in the customer's
 * language and changes nothing (mail scanners open links); POST unsubscribes (the page's button, and the mail
 * program's one-click unsubscribe of RFC 8058, which posts {@code List-Unsubscribe=One-Click} to the same URL).
 */
@Path("public/reminders/unsubscribe")
@RequestScoped
@Produces("text/html; charset=UTF-8")
@Tag(name = "Public")
public class ReminderUnsubscribeResource {

    private static final String BUNDLE = "com.renewalpost.fulfilment.renewal.unsubscribe";
    private static final ResourceBundle.Control NO_DEFAULT_LOCALE_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Inject
    Unsubscribes unsubscribes;

    @GET
    @PermitAll
    @Operation(summary = "The unsubscribe page of a renewal reminder's link (changes nothing)",
            description = "token: from the reminder's link. 200: a page asking to confirm (or saying the line is "
                    + "already unsubscribed); 400 without a token; 404 for a token that is not valid.")
    public Response ask(@QueryParam("token") String token, @HeaderParam("Accept-Language") String accepted) {
        if (token == null || token.isBlank()) {
            return page(400, reader(accepted), "missing", null, null);
        }
        var choice = unsubscribes.look(token.strip());
        if (choice.isEmpty()) {
            return page(404, reader(accepted), "invalid", null, null);
        }
        var c = choice.get();
        if (c.unsubscribedAt().isPresent()) {
            return page(200, c.language(), "already", c, null);
        }
        return page(200, c.language(), "ask", c, token.strip());
    }

    @POST
    @PermitAll
    @Operation(summary = "Unsubscribes the line of a renewal reminder's link",
            description = "token: from the reminder's link (in the URL; any body, e.g. RFC 8058's "
                    + "List-Unsubscribe=One-Click, is ignored). 200 when done (again is fine); 400 without a token; "
                    + "404 for a token that is not valid.")
    public Response unsubscribe(@QueryParam("token") String token, @HeaderParam("Accept-Language") String accepted) {
        if (token == null || token.isBlank()) {
            return page(400, reader(accepted), "missing", null, null);
        }
        return unsubscribes.unsubscribe(token.strip())
                .map(c -> page(200, c.language(), "done", c, null))
                .orElseGet(() -> page(404, reader(accepted), "invalid", null, null));
    }

    /** The reader's language for a link we cannot read: the first of Accept-Language we write in, else English. */
    private static Language reader(String accepted) {
        if (accepted == null || accepted.isBlank() || accepted.length() > 200) {
            return Language.EN;
        }
        try {
            var ranges = Locale.LanguageRange.parse(accepted);
            return ranges.isEmpty() ? Language.EN : Language.fromTag(ranges.get(0).getRange());
        } catch (IllegalArgumentException malformed) {
            return Language.EN;
        }
    }

    /** A small page of our own texts: the only data in it are the line's last four digits and a date. */
    private static Response page(int status, Language language, String what, Unsubscribes.Choice choice,
                                 String confirmToken) {
        var texts = ResourceBundle.getBundle(BUNDLE, language.locale(), ReminderUnsubscribeResource.class.getClassLoader(),
                NO_DEFAULT_LOCALE_FALLBACK);
        var lastFour = choice == null ? "" : choice.lineLastFour();
        var since = choice == null ? "" : choice.unsubscribedAt().map(at -> DateTimeFormatter
                .ofLocalizedDate(FormatStyle.LONG).withLocale(language.locale()).format(at.toLocalDate())).orElse("");
        var html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"").append(language.tag()).append("\">\n<head>\n")
                .append("<meta charset=\"UTF-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta name=\"robots\" content=\"noindex\">\n<title>").append(escape(texts.getString("title")))
                .append("</title>\n</head>\n<body style=\"font-family:sans-serif;max-width:36em;margin:2em auto;padding:0 1em;\">\n")
                .append("<h1>").append(escape(texts.getString("title"))).append("</h1>\n")
                .append("<p id=\"answer\">").append(escape(format(texts, what, language, lastFour, since))).append("</p>\n");
        if (confirmToken != null) {
            // the token passed UnsubscribeTokens' shape (digits, '.', base64url): nothing in it needs escaping
            html.append("<form method=\"post\" action=\"unsubscribe?token=").append(escape(confirmToken)).append("\">")
                    .append("<button type=\"submit\" id=\"confirm\">").append(escape(texts.getString("button")))
                    .append("</button></form>\n<p>").append(escape(texts.getString("keep"))).append("</p>\n");
        } else if (what.equals("done") || what.equals("already")) {
            html.append("<p>").append(escape(texts.getString("noMore"))).append("</p>\n");
        }
        html.append("</body>\n</html>\n");
        return Response.status(status).entity(html.toString()).type("text/html; charset=UTF-8")
                .header("Content-Language", language.tag()).header("Cache-Control", "no-store").build();
    }

    private static String format(ResourceBundle texts, String key, Language language, Object... args) {
        return new MessageFormat(texts.getString(key), language.locale()).format(args);
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
