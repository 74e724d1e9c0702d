package com.renewalpost.labels.address;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Address messages exist in English and Simplified Chinese, key for key and argument for argument, and read as Chinese. */
class AddressMessagesTest {

    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    private static final Pattern ENGLISH_WORDS = Pattern.compile("[A-Za-z]{2,}(?: [A-Za-z]{2,}){2,}");
    private static final Locale CHINESE = Locale.forLanguageTag("zh-Hans");

    private final AddressFormats formats = AddressFormats.standard();

    @Test
    void everyMessageHasBothLanguagesWithTheSameArguments() throws IOException {
        Properties english = load("AddressMessages.properties");
        Properties chinese = load("AddressMessages_zh_CN.properties");
        assertThat(chinese.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
        for (String key : english.stringPropertyNames()) {
            assertThat(arguments(chinese.getProperty(key))).as(key).isEqualTo(arguments(english.getProperty(key)));
        }
    }

    @Test
    void everyKeyTheCodeNamesExists() throws IOException {
        Properties english = load("AddressMessages.properties");
        Set<String> named = new TreeSet<>();
        for (String source : List.of("AddressFormat.java", "AddressFormats.java")) {
            Matcher m = Pattern.compile("AddressMessage\\.of\\(\"([A-Za-z.]*[A-Za-z])\"")
                    .matcher(Files.readString(Path.of("src/main/java/com/renewalpost/labels/address", source)));
            while (m.find()) {
                named.add(m.group(1));
            }
        }
        assertThat(named).hasSizeGreaterThan(15);
        assertThat(english.stringPropertyNames()).containsAll(named);
        for (String slip : List.of("UK", "EL")) {
            assertThat(english.stringPropertyNames()).contains("country.slip." + slip);
        }
    }

    @Test
    void everyCountrysWordsForPostcodeAndRegionAreInBothLanguages() {
        for (String code : formats.countries()) {
            AddressFormat format = formats.forCountry(code);
            assertThat(format.postcodeWord()).as(code).isNotBlank();
            assertThat(format.regionWord()).as(code).isNotBlank();
            assertThat(HAN.matcher(format.postcodeWord(CHINESE)).find()).as(code + " " + format.postcodeWord(CHINESE)).isTrue();
        }
        for (AddressField field : AddressField.values()) {
            assertThat(HAN.matcher(field.label(Locale.SIMPLIFIED_CHINESE)).find()).as(field.name()).isTrue();
        }
    }

    @Test
    void aStateProblemReadsInChineseWithTheCountrysOwnWordAndName() {
        AddressProblem problem = formats.forCountry("MX").validate(new PostalAddress("Sofía García", null,
                List.of("Avenida Paseo de la Reforma 222"), null, "Ciudad de México", "XX", "06600", "MX")).get(0);

        assertThat(problem.message()).startsWith("State XX is not a state of Mexico; write one of ");
        assertThat(problem.message(CHINESE)).startsWith("州“XX”不是墨西哥的州；请填写以下之一：").contains("AGS");
        assertThat(ENGLISH_WORDS.matcher(problem.message(CHINESE)).find()).as(problem.message(CHINESE)).isFalse();
    }

    @Test
    void postcodeAndCountryProblemsReadInChinese() {
        AddressProblem postcode = formats.forCountry("US").validate(new PostalAddress("Jane Roe", null,
                List.of("1 Main St"), null, "Seattle", "WA", "9810", "US")).get(0);
        assertThat(postcode.message(CHINESE)).isEqualTo("ZIP 邮政编码“9810”对美国无效（请按 95014 的格式填写）");
        assertThat(formats.countryProblem("UK").orElseThrow().in(CHINESE)).isEqualTo("UK 不是国家代码；英国的代码是 GB");
        assertThat(formats.countryProblem("UK").orElseThrow().toString()).isEqualTo("UK is not a country code; the United Kingdom is GB");
        // Traditional-script readers get English rather than the wrong script
        assertThat(formats.countryProblem("UK").orElseThrow().in(Locale.forLanguageTag("zh-TW"))).startsWith("UK is not");
    }

    private static Set<String> arguments(String pattern) {
        Set<String> found = new TreeSet<>();
        Matcher m = ARGUMENT.matcher(pattern);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (var in = AddressMessage.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
