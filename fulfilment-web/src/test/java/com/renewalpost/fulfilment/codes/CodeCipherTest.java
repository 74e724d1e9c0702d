package com.renewalpost.fulfilment.codes;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CodeCipherTest {

    static final String KEY_A = Base64.getEncoder().encodeToString(new byte[32]);
    static final String KEY_B = Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes());
    static final String CODE = "LPA:1$SMDP.GSMA.COM$04386-AGYFT-A74Y8-3F815";

    static CodeKeys keys(String active, String previous) {
        return CodeKeys.from(Optional.of(active), Optional.ofNullable(previous), Optional.of(KEY_B)).orElseThrow();
    }

    @Test
    void roundTripsWithAFreshNonceEachTimeAndNeverShowsThePlaintext() {
        var cipher = new CodeCipher(keys("k1:" + KEY_A, null));
        var first = cipher.encrypt(CODE);
        var second = cipher.encrypt(CODE);

        assertThat(first).startsWith("k1:").isNotEqualTo(second).doesNotContain("04386").doesNotContain("SMDP");
        assertThat(cipher.decrypt(first)).isEqualTo(CODE);
        assertThat(cipher.decrypt(second)).isEqualTo(CODE);
    }

    @Test
    void rotatedKeysStillDecryptOldRows() {
        var old = new CodeCipher(keys("k1:" + KEY_A, null)).encrypt(CODE);
        var rotated = new CodeCipher(keys("k2:" + KEY_B, "k1:" + KEY_A));

        assertThat(rotated.decrypt(old)).isEqualTo(CODE);
        assertThat(rotated.encrypt(CODE)).startsWith("k2:");
    }

    @Test
    void aTamperedOrRelabelledCiphertextIsRefused() {
        var cipher = new CodeCipher(keys("k1:" + KEY_A, "k2:" + KEY_A));
        var stored = cipher.encrypt(CODE);
        var bytes = Base64.getDecoder().decode(stored.substring(3));
        bytes[bytes.length - 1] ^= 1;

        assertThatThrownBy(() -> cipher.decrypt("k1:" + Base64.getEncoder().encodeToString(bytes)))
                .hasMessageNotContaining("04386");
        // same key bytes under another id: the key id is bound as associated data
        assertThatThrownBy(() -> cipher.decrypt("k2:" + stored.substring(3))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void fingerprintsAreStableAndKeyed() {
        var a = new CodeCipher(keys("k1:" + KEY_A, null));
        assertThat(a.fingerprint(CODE)).isEqualTo(a.fingerprint(CODE)).hasSize(64).doesNotContain("04386");
        assertThat(a.fingerprint(CODE)).isNotEqualTo(a.fingerprint(CODE + "X"));
    }

    @Test
    void badKeysAreRefusedWithAnActionableMessage() {
        assertThatThrownBy(() -> keys("nokeyid", null)).hasMessageContaining("<id>:<base64");
        assertThatThrownBy(() -> keys("k1:" + Base64.getEncoder().encodeToString(new byte[16]), null))
                .hasMessageContaining("32 bytes");
        assertThatThrownBy(() -> CodeKeys.from(Optional.of("k1:" + KEY_A), Optional.empty(), Optional.empty()))
                .hasMessageContaining(CodeKeys.FINGERPRINT_KEY);
        assertThat(CodeKeys.from(Optional.empty(), Optional.empty(), Optional.empty())).isEmpty();
    }

    @Test
    void generatedDemoKeysAreReadableOnlyByTheOwner(@TempDir Path dir) throws Exception {
        var file = dir.resolve("data").resolve(CodeKeys.KEY_FILE_NAME);
        var generated = CodeKeys.generateInto(file);

        assertThat(Files.getPosixFilePermissions(file))
                .isEqualTo(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));
        var reread = CodeKeys.fromFile(file).orElseThrow();
        assertThat(new CodeCipher(reread).decrypt(new CodeCipher(generated).encrypt(CODE))).isEqualTo(CODE);
    }
}
