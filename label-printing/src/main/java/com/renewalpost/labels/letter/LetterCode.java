package com.renewalpost.labels.letter;

/** What the letter delivers: an eSIM profile to download, or a PIN that tops up an existing line. */
public sealed interface LetterCode permits EsimProfile, Voucher {

    /** The code exactly as the customer types it. */
    String forTyping();

    /** The code as printed large, in groups for easy reading. */
    String forReading();

    /**
     * What the QR code carries.
     *
     * @param topUpUrlTemplate configured top-up URL with {@code {pin}}, or null
     */
    String qrPayload(String topUpUrlTemplate);
}
