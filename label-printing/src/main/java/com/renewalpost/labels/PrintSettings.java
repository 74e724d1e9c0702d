package com.renewalpost.labels;

import com.renewalpost.labels.font.FontPaths;

import java.util.Objects;

/**
 * How documents are printed, set once per office.
 *
 * @param paper            office paper for letters, label sheets, packing lists and manifests
 * @param sender           letterhead, return address and support contact
 * @param postageText      postage indication printed in the label's corner, e.g. "POSTAGE PAID / PERMIT NO. 1234";
 *                         may contain "\n" for several lines
 * @param topUpUrlTemplate when set, voucher QR codes carry this URL with {@value #PIN_PLACEHOLDER} replaced by the PIN;
 *                         when null they carry the bare PIN
 * @param fonts            where the embedded fonts come from
 */
public record PrintSettings(PaperSize paper, Sender sender, String postageText, String topUpUrlTemplate, FontPaths fonts) {

    public static final String PIN_PLACEHOLDER = "{pin}";

    public PrintSettings {
        Objects.requireNonNull(paper, "paper");
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(fonts, "fonts");
        if (postageText == null || postageText.isBlank()) {
            throw new IllegalArgumentException("Postage text (permit or imprint) is required: a label without postage is returned");
        }
        if (topUpUrlTemplate != null && !topUpUrlTemplate.isBlank() && !topUpUrlTemplate.contains(PIN_PLACEHOLDER)) {
            throw new IllegalArgumentException("Top-up URL template must contain " + PIN_PLACEHOLDER + ": " + topUpUrlTemplate);
        }
        if (topUpUrlTemplate != null && topUpUrlTemplate.isBlank()) {
            topUpUrlTemplate = null;
        }
    }

    public PrintSettings withPaper(PaperSize newPaper) {
        return new PrintSettings(newPaper, sender, postageText, topUpUrlTemplate, fonts);
    }

    public PrintSettings withTopUpUrlTemplate(String template) {
        return new PrintSettings(paper, sender, postageText, template, fonts);
    }

    public PrintSettings withFonts(FontPaths newFonts) {
        return new PrintSettings(paper, sender, postageText, topUpUrlTemplate, newFonts);
    }
}
