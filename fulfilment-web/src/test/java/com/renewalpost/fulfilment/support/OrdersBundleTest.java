package com.renewalpost.fulfilment.support;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/** The orders area of the staff pages says the same things in English and Simplified Chinese. */
class OrdersBundleTest {

    @Test
    void englishAndChineseHaveTheSameKeysAndNoEmptyText() throws IOException {
        var english = load("/ui/orders.properties");
        var chinese = load("/ui/orders_zh_CN.properties");
        assertThat(chinese.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
        assertThat(english.stringPropertyNames()).hasSizeGreaterThan(100)
                .allSatisfy(key -> assertThat(english.getProperty(key)).as(key).isNotBlank())
                .allSatisfy(key -> assertThat(chinese.getProperty(key)).as(key).isNotBlank());
        // written in Chinese, not copied: most texts hold Han characters
        long han = chinese.stringPropertyNames().stream().filter(key -> chinese.getProperty(key).codePoints()
                .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)).count();
        assertThat(han).isGreaterThan(chinese.size() * 9L / 10);
    }

    private static Properties load(String resource) throws IOException {
        var properties = new Properties();
        try (var in = OrdersBundleTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
