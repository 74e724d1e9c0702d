package com.renewalpost.fulfilment.renewal;

import com.renewalpost.fulfilment.catalogue.ProductWording;
import com.renewalpost.fulfilment.platform.DomainException;
import com.renewalpost.fulfilment.platform.Message;
import com.renewalpost.labels.letter.LetterLanguage;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Locale;

/** For new customers: the blank order form, a public download in each letter language. */
@Path("public/order-form.pdf")
@RequestScoped
@Tag(name = "Public")
public class OrderFormResource {

    @Inject
    OrderForms forms;

    @GET
    @PermitAll
    @Produces({"application/pdf", jakarta.ws.rs.core.MediaType.APPLICATION_JSON})
    @Operation(summary = "The blank order form for new customers (PDF)",
            description = "lang: en, zh-Hans, zh-Hant, ja or es; without it, the first of these that Accept-Language "
                    + "names, else English.")
    public Response blankForm(@QueryParam("lang") String lang, @HeaderParam("Accept-Language") String accepted) {
        var language = lang != null ? served(lang) : preferred(accepted);
        return Response.ok(forms.blankForm(language), "application/pdf")
                .header("Content-Disposition", "inline; filename=\"order-form-" + language.tag() + ".pdf\"")
                .header("Content-Language", language.tag()).header("Vary", "Accept-Language")
                .header("Cache-Control", "public, max-age=300").build();
    }

    /** Exactly one of the served tags (any case): a wrong one is a mistake worth telling, not English in silence. */
    private static LetterLanguage served(String lang) {
        return ProductWording.LANGUAGES.stream().filter(tag -> tag.equalsIgnoreCase(lang.strip())).findFirst()
                .map(LetterLanguage::of)
                .orElseThrow(() -> DomainException.invalid("unknown-language",
                        Message.of("form.language", String.join(", ", ProductWording.LANGUAGES))));
    }

    private static LetterLanguage preferred(String accepted) {
        if (accepted == null || accepted.isBlank() || accepted.length() > 200) {
            return LetterLanguage.ENGLISH;
        }
        try {
            for (var range : Locale.LanguageRange.parse(accepted)) {
                var tag = range.getRange();
                if (!tag.equals("*") && !LetterLanguage.of(tag).equals(LetterLanguage.ENGLISH) || tag.startsWith("en")) {
                    return LetterLanguage.of(tag);
                }
            }
        } catch (IllegalArgumentException malformed) {
            // a header no browser sends: the default
        }
        return LetterLanguage.ENGLISH;
    }
}
