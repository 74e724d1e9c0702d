package com.renewalpost.fulfilment.codes;

import com.renewalpost.fulfilment.platform.Message;

import java.util.regex.Pattern;

/**
 * One row of a code import, checked: the code in its canonical spelling with its SGP.22 confirmation code, or why the
 * row is refused. A code whose string ends in the confirmation flag ({@code $1}) must come with its confirmation code;
 * any other code must come without one. The problem never repeats the code or the confirmation code.
 *
 * @param code             canonical code, null when refused
 * @param confirmationCode the confirmation code, null when the code needs none or the row is refused
 * @param problem          why the row is refused, null when it is not
 */
record ImportRow(String code, String confirmationCode, Message problem) {

    /** What SM-DP+ operators hand out: a few digits, sometimes letters; bounded like every input. */
    static final Pattern CONFIRMATION_CODE = Pattern.compile("[A-Za-z0-9]{4,32}");

    static ImportRow of(CodeStock.Canonical canonical, String rawConfirmation) {
        if (canonical.problem() != null) {
            return refused(canonical.problem());
        }
        var confirmation = rawConfirmation == null ? "" : rawConfirmation.strip();
        boolean flagged = confirmationCodeRequired(canonical.value());
        if (flagged && confirmation.isEmpty()) {
            return refused(Message.of("code.confirmationMissing"));
        }
        if (!flagged && !confirmation.isEmpty()) {
            return refused(Message.of("code.confirmationUnexpected"));
        }
        if (flagged && !CONFIRMATION_CODE.matcher(confirmation).matches()) {
            return refused(Message.of("code.confirmationFormat", 4, 32));
        }
        return new ImportRow(canonical.value(), flagged ? confirmation : null, null);
    }

    /** Whether a stored (canonical) code asks for a confirmation code: only eSIM codes can. */
    static boolean confirmationCodeRequired(String canonicalCode) {
        return canonicalCode.startsWith("LPA:") && EsimActivationCode.parse(canonicalCode).value()
                .map(EsimActivationCode::confirmationCodeRequired).orElse(false);
    }

    private static ImportRow refused(Message problem) {
        return new ImportRow(null, null, problem);
    }

    @Override
    public String toString() {
        return "ImportRow[" + (problem == null ? "accepted" : "refused") + "]"; // never the code in a log
    }
}
