package com.renewalpost.fulfilment.tracking;

import com.renewalpost.fulfilment.orders.OrderStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The customers' tracking page is written whole in each of its languages, and the page asks for no other text. */
class CustomerPageTextsTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");
    private static final Pattern HAN_OR_KANA = Pattern.compile("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]");
    /** Latin words a Chinese or Japanese text may carry: names, and the example order number. */
    private static final Pattern KEPT_LATIN = Pattern.compile("Renewal Post|RP-7K3M9Q2XH|ICCID|SIM|\\{\\w+}");
    /** Words that give away an English sentence left in a Spanish text. */
    private static final Pattern ENGLISH_WORD = Pattern.compile(
            "\\b(the|your|you|order|letter|card|and|of|to|we|our|post|please|delivered|lost)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Path PAGE = Path.of("src", "main", "webapp", "track.html");

    @ParameterizedTest
    @EnumSource(ReaderLanguage.class)
    void everyLanguageHasEveryTextWithTheSamePlaceholders(ReaderLanguage language) {
        var english = ReaderLanguage.EN.texts();
        var texts = language.texts();
        assertThat(texts.keySet()).as(language.tag()).isEqualTo(english.keySet());
        for (var key : english.keySet()) {
            assertThat(placeholders(texts.get(key))).as(language.tag() + " " + key)
                    .isEqualTo(placeholders(english.get(key)));
            assertThat(texts.get(key)).as(language.tag() + " " + key).isNotBlank();
        }
    }

    @ParameterizedTest
    @EnumSource(value = ReaderLanguage.class, names = {"ZH_HANS", "ZH_HANT", "JA"})
    void chineseAndJapaneseTextsAreWrittenInTheirScriptWithNoEnglishLeft(ReaderLanguage language) {
        for (var text : language.texts().entrySet()) {
            assertThat(HAN_OR_KANA.matcher(text.getValue()).find()).as(language.tag() + " " + text.getKey()).isTrue();
            var rest = KEPT_LATIN.matcher(text.getValue()).replaceAll("");
            assertThat(rest).as(language.tag() + " " + text.getKey()).doesNotContainPattern("[A-Za-z]{2,}");
        }
    }

    @Test
    void spanishTextsAreSpanish() {
        var english = ReaderLanguage.EN.texts();
        for (var text : ReaderLanguage.ES.texts().entrySet()) {
            var words = KEPT_LATIN.matcher(text.getValue()).replaceAll("");
            assertThat(words).as("es " + text.getKey()).doesNotContainPattern(ENGLISH_WORD);
            if (!text.getKey().equals("status.IN_TRANSIT")) {
                assertThat(text.getValue()).as("es " + text.getKey()).isNotEqualTo(english.get(text.getKey()));
            }
        }
    }

    @ParameterizedTest
    @EnumSource(ReaderLanguage.class)
    void everyStatusTheAnswerCanCarryHasItsWords(ReaderLanguage language) {
        var texts = language.texts();
        for (var status : OrderStatus.values()) {
            assertThat(texts).as(language.tag()).containsKey("status." + status.name());
        }
        for (var status : TrackingStatus.values()) {
            assertThat(texts).as(language.tag()).containsKey("status." + status.name());
        }
    }

    @Test
    void thePageAsksOnlyForTextsThatExistAndItsSwitchNamesEachLanguageInItself() throws IOException {
        var page = Files.readString(PAGE);
        var asked = Pattern.compile("data-text(?:-label)?=\"([^\"]+)\"").matcher(page).results()
                .map(m -> m.group(1)).collect(Collectors.toCollection(TreeSet::new));
        assertThat(asked).isNotEmpty();
        assertThat(ReaderLanguage.EN.texts().keySet()).containsAll(asked);
        for (var language : ReaderLanguage.values()) {
            assertThat(page).contains("<a href=\"?lang=" + language.tag() + "\" hreflang=\"" + language.tag()
                    + "\" lang=\"" + language.tag() + "\" data-lang=\"" + language.tag() + "\">"
                    + language.ownName() + "</a>");
        }
        var script = Files.readString(PAGE.resolveSibling(Path.of("static", "track.js")));
        assertThat(script).contains("const LANGUAGES = [" + Arrays.stream(ReaderLanguage.values())
                .map(l -> "'" + l.tag() + "'").collect(Collectors.joining(", ")) + "];");
    }

    private static Set<String> placeholders(String text) {
        return PLACEHOLDER.matcher(text).results().map(m -> m.group(1)).collect(Collectors.toSet());
    }
}
