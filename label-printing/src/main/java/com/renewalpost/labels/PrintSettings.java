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
 * @param domesticPostageText postage indication for letters that stay in the sender's country (domestic indicia);
 *                         null when the office posts nothing domestic under another permit: {@code postageText} is used
 */
public record PrintSettings(PaperSize paper, Sender sender, String postageText, String topUpUrlTemplate, FontPaths fonts,
        String domesticPostageText) {

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
        if (domesticPostageText != null && domesticPostageText.isBlank()) {
            domesticPostageText = null;
        }
    }

    /** Settings with the same postage text for domestic and international letters. */
    public PrintSettings(PaperSize paper, Sender sender, String postageText, String topUpUrlTemplate, FontPaths fonts) {
        this(paper, sender, postageText, topUpUrlTemplate, fonts, null);
    }

    /** Whether a letter to this country stays in the sender's country (no border, no customs, no country line). */
    public boolean isDomestic(String destinationCountry) {
        return destinationCountry != null && destinationCountry.strip().equalsIgnoreCase(sender.address().countryCode());
    }

    /** The postage indication for a letter to the given country. */
    public String postageTextFor(String destinationCountry) {
        return isDomestic(destinationCountry) && domesticPostageText != null ? domesticPostageText : postageText;
    }

    public PrintSettings withDomesticPostageText(String text) {
        return new PrintSettings(paper, sender, postageText, topUpUrlTemplate, fonts, text);
    }

    public PrintSettings withPaper(PaperSize newPaper) {
        return new PrintSettings(newPaper, sender, postageText, topUpUrlTemplate, fonts, domesticPostageText);
    }

    public PrintSettings withTopUpUrlTemplate(String template) {
        return new PrintSettings(paper, sender, postageText, template, fonts, domesticPostageText);
    }

    public PrintSettings withFonts(FontPaths newFonts) {
        return new PrintSettings(paper, sender, postageText, topUpUrlTemplate, newFonts, domesticPostageText);
    }
}
