package com.renewalpost.fulfilment.catalogue;

import com.renewalpost.fulfilment.platform.Message;
import com.renewalpost.fulfilment.platform.DomainException;
import com.renewalpost.mail.Language;
import com.renewalpost.labels.letter.LetterLanguage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ProductWordingTest {

    private static final Product ESIM = new Product("ESIM-30", "US eSIM plan, 30 days", ProductKind.ESIM_PROFILE, 30,
            "15 GB", Money.of("29.00", "USD"), 20, "490700", "Printed activation letter", null, 10);

    private static Map<String, ProductWording> translations() {
        var t = new LinkedHashMap<String, ProductWording>();
        t.put("en", new ProductWording("US eSIM 30-day plan", "30 days, unlimited talk and text, 15 GB of data"));
        t.put("ja", new ProductWording("米国 eSIM 30日間プラン", "30日間、通話・SMS 無制限、データ 15 GB"));
        t.put("zh-Hant", new ProductWording("美國 eSIM 30 天方案", "30 天，無限通話和簡訊，15 GB 數據"));
        return t;
    }

    @ParameterizedTest
    @CsvSource({"ja, 米国 eSIM 30日間プラン", "ja-JP, 米国 eSIM 30日間プラン", "zh-TW, 美國 eSIM 30 天方案",
            "zh-Hant-HK, 美國 eSIM 30 天方案", "es-MX, US eSIM 30-day plan", "zh-CN, US eSIM 30-day plan",
            "en-GB, US eSIM 30-day plan", "fr, US eSIM 30-day plan"})
    void theCustomersLanguageElseEnglish(String tag, String name) {
        assertThat(ProductWording.forCustomer(translations(), ESIM, tag).name()).isEqualTo(name);
    }

    @Test
    void withoutEnglishTheProductsOwnNameAndItsPlanFromItsFacts() {
        var t = translations();
        t.remove("en");
        assertThat(ProductWording.forCustomer(t, ESIM, "es-AR"))
                .isEqualTo(new ProductWording("US eSIM plan, 30 days", "30 days, 15 GB data"));
        assertThat(ProductWording.forCustomer(Map.of(), ESIM, null)).isEqualTo(ProductWording.standard(ESIM));
        assertThat(ProductWording.forCustomer(t, ESIM, "ja").planDescription()).isEqualTo("30日間、通話・SMS 無制限、データ 15 GB");
    }

    @Test
    void lettersAndEmailsServeTheSameLanguagesAndReadTagsAlike() {
        assertThat(ProductWording.LANGUAGES).containsExactly("en", "zh-Hans", "zh-Hant", "ja", "es")
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(Language.values()).map(Language::tag).toList());
        // the product's wording follows the letter's language; the email must be in the same one
        for (var tag : List.of("en", "en-US", "zh", "zh-CN", "zh-SG", "zh-Hans", "zh-TW", "zh-HK", "zh-MO", "zh-Hant",
                "zh_TW", "zh-Hant-CN", "zh-Hans-HK", "ja", "ja-JP", "ja_JP", "es", "es-MX", "es-419", "es-AR", "es_CO",
                "es-ES", "pt-BR", "fr", "ko-KR", "", "x-private", "!!")) {
            assertThat(LetterLanguage.of(tag).tag()).as(tag).isEqualTo(Language.fromTag(tag).tag());
        }
    }

    @Test
    void completeWordingHasNoProblems() {
        assertThat(ProductWording.problems(translations())).isEmpty();
        assertThat(ProductWording.problems(null)).isEmpty();
        assertThat(ProductWording.problems(Map.of())).isEmpty();
    }

    @Test
    void everyWrongFieldIsNamedWithItsLanguage() {
        var t = new LinkedHashMap<String, ProductWording>();
        t.put("ja", new ProductWording(" ", "x".repeat(ProductWording.MAX_PLAN_DESCRIPTION + 1)));
        t.put("es", new ProductWording("y".repeat(ProductWording.MAX_NAME + 1), "30 días"));
        t.put("fr", new ProductWording("Forfait", "30 jours"));
        t.put("zh-Hans", null);
        assertThat(ProductWording.problems(t)).extracting(DomainException.FieldError::field).containsExactlyInAnyOrder(
                "wording.ja.name", "wording.ja.planDescription", "wording.es.name", "wording.fr", "wording.zh-Hans");
        assertThat(ProductWording.problems(Map.of("en", new ProductWording("y".repeat(ProductWording.MAX_NAME),
                "x".repeat(ProductWording.MAX_PLAN_DESCRIPTION))))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"US eSIM\nplan", "US eSIM\u0000", "\u202Eplan", "plan\u2028two", "tab\there", "soft\u00ADhyphen"})
    void controlAndFormattingCharactersAreRefused(String name) {
        var errors = ProductWording.problems(Map.of("en", new ProductWording(name, "30 days")));
        assertThat(errors).extracting(DomainException.FieldError::field).containsExactly("wording.en.name");
        assertThat(errors.get(0).message().in(java.util.Locale.ENGLISH)).startsWith("Remove the invisible character U+");
        // the joiners that scripts need pass
        assertThat(ProductWording.problems(Map.of("en", new ProductWording("क्\u200Dष plan", "30 days")))).isEmpty();
    }

    @Test
    void theAdminFormShowsAWordingRefusalBesideItsInput() {
        var refusal = DomainException.invalid("invalid-product", Message.of("problem.invalidRequest"))
                .withErrors(null, List.of(
                        new DomainException.FieldError("wording.zh-Hans.planDescription", Message.of("product.wording.length", "200")),
                        new DomainException.FieldError("wording.ja.name", Message.of("product.wording.length", "100")),
                        new DomainException.FieldError("hsCode", Message.of("product.hsCode"))));
        assertThat(ProductsPage.onThisForm(refusal).errors()).extracting(DomainException.FieldError::field)
                .containsExactly("wordingPlanZhHans", "wordingNameJa", "hsCode");
    }
}
