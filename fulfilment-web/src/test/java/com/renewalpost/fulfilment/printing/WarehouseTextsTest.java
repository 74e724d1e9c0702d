package com.renewalpost.fulfilment.printing;

import com.renewalpost.fulfilment.dispatch.Dispatch;
import com.renewalpost.fulfilment.orders.OrderStatus;
import com.renewalpost.fulfilment.orders.PaymentMethod;
import com.renewalpost.fulfilment.orders.PossibleDuplicates;
import com.renewalpost.fulfilment.packing.PackingStationPage;
import com.renewalpost.fulfilment.orders.PostalService;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The texts of the warehouse pages: English and Simplified Chinese with the same keys, every key a
 * page names present, and a text for every value the pages look up by name.
 */
class WarehouseTextsTest {

    private static final Pattern KEY_IN_PAGE = Pattern.compile("wh\\['([A-Za-z0-9_.-]+)']");
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

    @Test
    void englishAndChineseHaveTheSameKeysAndTheChineseIsChinese() throws IOException {
        var english = bundle("ui/warehouse.properties");
        var chinese = bundle("ui/warehouse_zh_CN.properties");
        assertThat(chinese.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
        english.stringPropertyNames().forEach(k -> assertThat(english.getProperty(k)).as(k).isNotBlank());
        var untranslated = chinese.stringPropertyNames().stream()
                .filter(k -> !HAN.matcher(chinese.getProperty(k)).find())
                .filter(k -> chinese.getProperty(k).equals(english.getProperty(k)))
                .toList();
        // names that are the same in both (brands, date patterns) are few
        assertThat(untranslated).containsExactlyInAnyOrder("payment.PAYPAL");
    }

    @Test
    void everyKeyThePagesNameIsThere() throws IOException {
        var english = bundle("ui/warehouse.properties");
        List<String> missing = new ArrayList<>();
        try (var pages = Files.list(Path.of("src/main/webapp/staff/warehouse"))) {
            for (var page : pages.toList()) {
                var matcher = KEY_IN_PAGE.matcher(Files.readString(page));
                while (matcher.find()) {
                    if (!english.containsKey(matcher.group(1))) {
                        missing.add(page.getFileName() + ": " + matcher.group(1));
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyValueShownByNameHasItsText() throws IOException {
        var english = bundle("ui/warehouse.properties");
        List<String> keys = new ArrayList<>();
        Arrays.stream(OrderStatus.values()).forEach(v -> keys.add("status." + v));
        Arrays.stream(PostalService.values()).forEach(v -> keys.add("service." + v));
        Arrays.stream(PaymentMethod.values()).forEach(v -> keys.add("payment." + v));
        Arrays.stream(DocumentKind.values()).forEach(v -> keys.add("doc." + v));
        Arrays.stream(PrintRunItem.Outcome.values()).forEach(v -> keys.add("outcome." + v));
        Arrays.stream(PackingStationPage.Verdict.values()).forEach(v -> keys.add("pack.verdict." + v));
        Arrays.stream(Dispatch.Status.values()).forEach(v -> keys.add("dispatch." + v));
        Arrays.stream(PossibleDuplicates.Reason.values()).forEach(v -> keys.add("dup.reason." + v));
        assertThat(english.stringPropertyNames()).containsAll(keys);
    }

    private static Properties bundle(String resource) throws IOException {
        var properties = new Properties();
        try (var in = WarehouseTextsTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
