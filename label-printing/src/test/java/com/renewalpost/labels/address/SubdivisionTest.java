package com.renewalpost.labels.address;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SubdivisionTest {

    @Test
    void anEntryIsComparedUpperCaseWithoutAccentsAndRepeatedSpaces() {
        assertThat(Subdivision.plain("  wa ")).isEqualTo("WA");
        assertThat(Subdivision.plain("Michoacán")).isEqualTo("MICHOACAN");
        assertThat(Subdivision.plain("new   south\twales")).isEqualTo("NEW SOUTH WALES");
        assertThat(Subdivision.plain("Baden-Württemberg")).isEqualTo("BADEN-WURTTEMBERG");
        assertThat(Subdivision.plain("東京都")).isEqualTo("東京都");
    }

    @Test
    void aSubdivisionIsNamedByItsKeyLatinNameOrIsoIdInAnyCase() {
        var michoacan = new Subdivision("Mich.", "Michoacán", "MIC", List.of());
        for (var entry : List.of("mich.", "Michoacan", "MICHOACÁN", "mic", "MX-MIC", "  mx-mic ")) {
            assertThat(michoacan.isNamedByPlain(Subdivision.plain(entry), "MX")).as(entry).isTrue();
        }
        assertThat(michoacan.isNamedByPlain(Subdivision.plain("Morelos"), "MX")).isFalse();
        var shandong = new Subdivision("山东省", "Shandong Sheng", "37");
        assertThat(shandong.isNamedByPlain(Subdivision.plain("shandong"), "CN")).isTrue();
        assertThat(shandong.isNamedByPlain(Subdivision.plain("CN-37"), "CN")).isTrue();
    }
}
