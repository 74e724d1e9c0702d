package com.renewalpost.fulfilment.notifications;

import com.renewalpost.fulfilment.admin.AdminOnly;
import com.renewalpost.mail.CodeKind;
import com.renewalpost.mail.EmailKind;
import com.renewalpost.mail.EmailTemplates;
import com.renewalpost.mail.Language;
import com.renewalpost.mail.preview.PreviewEmail;
import com.renewalpost.mail.preview.Previews;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * Admin page: every customer email in every language, rendered by mail-templates' own preview
 * ({@link Previews}, the sample data of {@code SampleEmails}: no real customer, no real code).
 * The HTML is shown in a sandboxed frame (no scripts, no access to this page), the plain text as
 * text.
 */
@Named
@ViewScoped
@AdminOnly
public class EmailTemplatesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One template in one language (and, for code emails, one kind of code), with its subject. */
    public record Variant(String id, EmailKind kind, Language language, CodeKind codeKind, String subject)
            implements Serializable {
    }

    private transient Previews previews;
    private List<Variant> variants;
    private String selected;
    private transient PreviewEmail preview;

    @PostConstruct
    void load() {
        List<Variant> all = new ArrayList<>();
        for (var kind : EmailKind.values()) {
            for (var language : Language.values()) {
                for (var codeKind : kind.carriesCode() ? List.of(CodeKind.values()) : List.of(CodeKind.ESIM_PROFILE)) {
                    var id = kind.name() + "." + language.tag() + (kind.carriesCode() ? "." + codeKind.name() : "");
                    all.add(new Variant(id, kind, language, kind.carriesCode() ? codeKind : null,
                            previews().preview(kind, language.tag(), codeKind).subject()));
                }
            }
        }
        variants = List.copyOf(all);
        select(variants.get(0).id());
    }

    /** Shows the variant with this id (as listed). */
    public void select(String id) {
        variants.stream().filter(v -> v.id().equals(id)).findFirst().ifPresent(v -> {
            selected = v.id();
            preview = previews().preview(v.kind(), v.language().tag(),
                    v.codeKind() == null ? CodeKind.ESIM_PROFILE : v.codeKind());
        });
    }

    private Previews previews() {
        if (previews == null) {
            previews = new Previews(new EmailTemplates());
        }
        return previews;
    }

    public List<Variant> getVariants() {
        return variants;
    }

    public String getSelected() {
        return selected;
    }

    public PreviewEmail getPreview() {
        if (preview == null) {
            select(selected);
        }
        return preview;
    }
}
