package com.renewalpost.mail.preview;

import com.renewalpost.mail.CodeKind;
import com.renewalpost.mail.EmailKind;
import com.renewalpost.mail.EmailTemplates;
import com.renewalpost.mail.Language;
import com.renewalpost.mail.RenderedEmail;

import java.util.Objects;

/** Every customer email rendered with sample data, for the admin page's template previews. */
public final class Previews {

    private final EmailTemplates templates;

    public Previews(EmailTemplates templates) {
        this.templates = Objects.requireNonNull(templates, "templates");
    }

    /** The sample email of this kind in the language the tag resolves to (see {@link Language#fromTag}). */
    public PreviewEmail preview(EmailKind kind, String languageTag) {
        return preview(kind, languageTag, CodeKind.ESIM_PROFILE);
    }

    public PreviewEmail preview(EmailKind kind, String languageTag, CodeKind codeKind) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(codeKind, "codeKind");
        RenderedEmail rendered = templates.renderForBrowser(SampleEmails.of(kind, Language.fromTag(languageTag), codeKind));
        return new PreviewEmail(kind, rendered.language(), rendered.subject(), rendered.text(), rendered.html());
    }
}
