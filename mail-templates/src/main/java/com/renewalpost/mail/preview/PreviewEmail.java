package com.renewalpost.mail.preview;

import com.renewalpost.mail.EmailKind;
import com.renewalpost.mail.Language;

/**
 * A rendered sample email for staff to look at.
 *
 * @param html self-contained HTML (the QR code is a {@code data:} URI), e.g. for an iframe's {@code srcdoc}
 */
public record PreviewEmail(EmailKind kind, Language language, String subject, String text, String html) {
}
