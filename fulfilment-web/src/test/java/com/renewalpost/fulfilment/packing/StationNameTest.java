package com.renewalpost.fulfilment.packing;

import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Station names as people call their tables, tidied, bounded and safe to show and export. */
class StationNameTest {

    private static String parsed(String typed) {
        return StationName.parse(typed).map(StationName::value).orElse(null);
    }

    @Test
    void naturalNamesInAnyScriptAreTaken() {
        assertThat(parsed("Table 3")).isEqualTo("Table 3");
        assertThat(parsed("Tisch-2")).isEqualTo("Tisch-2");
        assertThat(parsed("包装台 1")).isEqualTo("包装台 1");
        assertThat(parsed("Стол 4")).isEqualTo("Стол 4");
        assertThat(parsed("Mesa Ñandú")).isEqualTo("Mesa Ñandú");
        assertThat(parsed("DEMO-1")).isEqualTo("DEMO-1");
        assertThat(parsed("UI_7F3A2B")).isEqualTo("UI_7F3A2B");
    }

    @Test
    void spacesAroundAndBetweenAreTidiedSoOneTableIsOneStation() {
        assertThat(parsed("  Table   3 ")).isEqualTo("Table 3");
        assertThat(parsed("Table\u00A03")).isEqualTo("Table 3");
        assertThat(parsed("包装台\u30001")).isEqualTo("包装台 1");
        // the same letter typed as one character or as a letter and its accent
        assertThat(parsed("Mesa N\u0303andu")).isEqualTo("Mesa Ñandu");
    }

    @Test
    void theLengthIsBoundedByWhatTheDatabaseKeeps() {
        assertThat(parsed("T".repeat(40))).hasSize(40);
        assertThat(parsed("T".repeat(41))).isNull();
        assertThat(parsed(" " + "T".repeat(40) + " ")).hasSize(40);
    }

    @Test
    void namesThatCouldHarmAPageASpreadsheetOrAPathAreRefused() {
        assertThat(parsed("")).isNull();
        assertThat(parsed("   ")).isNull();
        assertThat(parsed(null)).isNull();
        assertThat(parsed("=HYPERLINK(\"x\")")).isNull();
        assertThat(parsed("+1")).isNull();
        assertThat(parsed("-3")).isNull();
        assertThat(parsed("@table")).isNull();
        assertThat(parsed("<b>3</b>")).isNull();
        assertThat(parsed("Table/3")).isNull();
        assertThat(parsed("Table 3\nTable 4")).isEqualTo("Table 3 Table 4");
        assertThat(parsed("Table\u202E3")).isNull(); // a right-to-left override
        assertThat(parsed("Table\u00003")).isNull();
        assertThatThrownBy(() -> new StationName(" Table 3")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theRuleIsToldInEnglishAndChinese() {
        assertThat(StationName.rule().in(Locale.ENGLISH)).contains("40", "letters of any script", "spaces", "Table 3");
        assertThat(StationName.rule().in(Locale.SIMPLIFIED_CHINESE)).contains("40", "字母");
    }
}
