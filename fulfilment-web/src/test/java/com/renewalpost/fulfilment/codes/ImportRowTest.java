package com.renewalpost.fulfilment.codes;

import com.renewalpost.fulfilment.platform.Message;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The rows of a code import with and without SGP.22 confirmation codes. */
class ImportRowTest {

    private static final String FLAGGED = "LPA:1$SMDP.GSMA.COM$04386-AGYFT-A74Y8-3F815$$1";
    private static final String FLAGGED_WITH_OID = "LPA:1$SMDP.GSMA.COM$04386-AGYFT-A74Y8-3F815$1.3.6.1.4.1.31746$1";
    private static final String PLAIN = "LPA:1$SMDP.GSMA.COM$04386-AGYFT-A74Y8-3F815";
    private static final String SECRET = "73914528";

    @Test
    void aFlaggedCodeWithItsConfirmationCodeIsTakenWithIt() {
        for (var flagged : new String[] {FLAGGED, FLAGGED_WITH_OID}) {
            var row = ImportRow.of(new CodeStock.Canonical(flagged, null), "  " + SECRET + " ");
            assertThat(row.problem()).isNull();
            assertThat(row.code()).isEqualTo(flagged);
            assertThat(row.confirmationCode()).isEqualTo(SECRET);
        }
    }

    @Test
    void aFlaggedCodeWithoutAConfirmationCodeIsRefused() {
        for (var missing : new String[] {null, "", "   "}) {
            var row = ImportRow.of(new CodeStock.Canonical(FLAGGED, null), missing);
            assertThat(row.problem()).isEqualTo(Message.of("code.confirmationMissing"));
            assertThat(row.code()).isNull();
        }
    }

    @Test
    void aConfirmationCodeForACodeWithoutTheFlagIsRefusedAndNotRepeated() {
        var row = ImportRow.of(new CodeStock.Canonical(PLAIN, null), SECRET);
        assertThat(row.problem()).isEqualTo(Message.of("code.confirmationUnexpected"));
        assertThat(row.problem().toString()).doesNotContain(SECRET);
        assertThat(row.toString()).doesNotContain(SECRET).doesNotContain("04386");
        // nor for a voucher PIN, which has no flag at all
        assertThat(ImportRow.of(new CodeStock.Canonical("4802771933560148", null), SECRET).problem())
                .isEqualTo(Message.of("code.confirmationUnexpected"));
    }

    @Test
    void aCodeWithoutTheFlagAndWithoutAConfirmationCodeIsTakenAsBefore() {
        var row = ImportRow.of(new CodeStock.Canonical(PLAIN, null), "");
        assertThat(row.problem()).isNull();
        assertThat(row.code()).isEqualTo(PLAIN);
        assertThat(row.confirmationCode()).isNull();
    }

    @Test
    void aConfirmationCodeMustBeAFewLettersOrDigits() {
        for (var bad : new String[] {"123", "1234 5678", "12345678;DROP", "x".repeat(33), "１２３４５６７８"}) {
            var row = ImportRow.of(new CodeStock.Canonical(FLAGGED, null), bad);
            assertThat(row.problem()).as(bad).isEqualTo(Message.of("code.confirmationFormat", 4, 32));
            assertThat(row.problem().toString()).doesNotContain(bad.strip());
        }
        assertThat(ImportRow.of(new CodeStock.Canonical(FLAGGED, null), "AB12cd34").problem()).isNull();
    }

    @Test
    void aCodeThatIsNotOneKeepsItsOwnProblem() {
        var notACode = Message.of("code.empty");
        assertThat(ImportRow.of(new CodeStock.Canonical(null, notACode), SECRET).problem()).isEqualTo(notACode);
    }
}
