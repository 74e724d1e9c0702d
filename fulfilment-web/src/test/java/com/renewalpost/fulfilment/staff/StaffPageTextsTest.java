package com.renewalpost.fulfilment.staff;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Each area's texts of the staff pages exist in English and Simplified Chinese, key for key. */
class StaffPageTextsTest {

    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

    @ParameterizedTest
    @ValueSource(strings = {"common", "warehouse", "orders", "admin"})
    void chineseHasEveryEnglishTextAndNoOther(String area) throws IOException {
        var english = load("ui/" + area + ".properties");
        var chinese = load("ui/" + area + "_zh_CN.properties");

        assertThat(chinese.stringPropertyNames()).as(area + " keys").isEqualTo(english.stringPropertyNames());
        // translated, not copied: a text with words has Han characters (abbreviations such as PDF, ZPL, ICCID and one-word names such as PayPal excepted)
        for (var key : chinese.stringPropertyNames()) {
            var text = chinese.getProperty(key).replaceAll("\\{[^}]*}", "");
            var name = text.equals(english.getProperty(key)) && text.matches("\\p{Lu}\\w+"); // PayPal, WeChat
            if (text.chars().anyMatch(Character::isLowerCase) && !name) {
                assertThat(HAN.matcher(text).find()).as(area + "." + key + " = " + text).isTrue();
            }
        }
    }

    /** The email templates page names every kind of email in words, never by its code (RENEWAL_REMINDER). */
    @org.junit.jupiter.api.Test
    void everyKindOfEmailHasItsNameOnTheTemplatesPage() throws IOException {
        var english = load("ui/admin.properties");
        for (var kind : com.renewalpost.mail.EmailKind.values()) {
            assertThat(english.getProperty("template." + kind.name())).as(kind.name()).isNotBlank();
        }
    }

    private static Properties load(String resource) throws IOException {
        var properties = new Properties();
        try (var in = StaffPageTextsTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
