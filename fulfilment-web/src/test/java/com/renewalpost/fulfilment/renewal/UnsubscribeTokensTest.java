package com.renewalpost.fulfilment.renewal;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UnsubscribeTokensTest {

    private static final String ICCID = "8901260123456789012";
    private static final UnsubscribeTokens TOKENS = new UnsubscribeTokens(key(1));

    private static byte[] key(int fill) {
        byte[] key = new byte[32];
        Arrays.fill(key, (byte) fill);
        return key;
    }

    @Test
    void aTokenIsValidForItsLine() {
        var token = TOKENS.issue(1042, ICCID);
        assertThat(UnsubscribeTokens.lineIdOf(token)).contains(1042L);
        assertThat(TOKENS.matches(token, 1042, ICCID)).isTrue();
        assertThat(token).doesNotContain(ICCID).doesNotContain("6789012").hasSizeLessThanOrEqualTo(UnsubscribeTokens.MAX_LENGTH)
                .matches("[0-9]+\\.[A-Za-z0-9_-]+");
    }

    @Test
    void aTokenOfAnotherLineIsRefused() {
        var other = TOKENS.issue(1043, "+12065550148");
        assertThat(TOKENS.matches(other, 1042, ICCID)).isFalse();
        // the other line's signature with this line's id
        var swapped = "1042." + other.substring(other.indexOf('.') + 1);
        assertThat(TOKENS.matches(swapped, 1042, ICCID)).isFalse();
        // this line's signature with another id: the row with that id has another key
        var moved = "1043." + TOKENS.issue(1042, ICCID).substring(5);
        assertThat(TOKENS.matches(moved, 1043, "+12065550148")).isFalse();
    }

    @Test
    void forgedTokensAreRefused() {
        var token = TOKENS.issue(1042, ICCID);
        var flipped = token.substring(0, token.length() - 1) + (token.endsWith("A") ? "B" : "A");
        assertThat(TOKENS.matches(flipped, 1042, ICCID)).isFalse();
        assertThat(new UnsubscribeTokens(key(2)).matches(token, 1042, ICCID)).as("signed with another key").isFalse();
        for (var junk : new String[] {null, "", "1042", "1042.", "abc.def", "0." + token.substring(5),
                "1042." + "A".repeat(43) + "A", token + "x", "1".repeat(200)}) {
            assertThat(TOKENS.matches(junk, 1042, ICCID)).as(String.valueOf(junk)).isFalse();
        }
        assertThat(UnsubscribeTokens.lineIdOf("99999999999999999999999.x")).isEmpty();
    }

    @Test
    void theKeyIs32Bytes() {
        assertThatThrownBy(() -> new UnsubscribeTokens(new byte[16])).isInstanceOf(IllegalArgumentException.class);
    }
}
