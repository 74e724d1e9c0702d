package com.renewalpost.labels.note;

import java.util.List;
import java.util.Objects;

/**
 * A note to a customer, printed to go in an envelope.
 *
 * @param languageTag  the customer's language (BCP 47), which chooses the CJK face for Han characters
 * @param addressLines the address block, as the label has it
 * @param title        the note's heading
 * @param paragraphs   its text, one entry per paragraph (line breaks within are kept)
 */
public record CustomerNote(String languageTag, List<String> addressLines, String title, List<String> paragraphs) {

    public CustomerNote {
        Objects.requireNonNull(languageTag, "languageTag");
        Objects.requireNonNull(title, "title");
        addressLines = List.copyOf(addressLines);
        paragraphs = List.copyOf(paragraphs);
    }
}
