package com.renewalpost.fulfilment.platform;

import com.renewalpost.fulfilment.catalogue.ProductKind;
import com.renewalpost.fulfilment.codes.ActivationCode;
import com.renewalpost.fulfilment.dispatch.Dispatch;
import com.renewalpost.fulfilment.notifications.EmailAttempt;
import com.renewalpost.fulfilment.notifications.EmailReason;
import com.renewalpost.fulfilment.notifications.OutboxEmail;
import com.renewalpost.fulfilment.orders.Channel;
import com.renewalpost.fulfilment.orders.OrderStatus;
import com.renewalpost.fulfilment.orders.PaymentMethod;
import com.renewalpost.fulfilment.orders.PossibleDuplicates;
import com.renewalpost.fulfilment.orders.TimelineEntry;
import com.renewalpost.fulfilment.packing.Packing;
import com.renewalpost.fulfilment.packing.PackingEvent;
import com.renewalpost.fulfilment.orders.DeliveryStandard;
import com.renewalpost.fulfilment.shipping.Postage;
import com.renewalpost.fulfilment.orders.PostalService;
import com.renewalpost.fulfilment.printing.PrintRunItem;
import com.renewalpost.fulfilment.shipping.TrackingSource;
import com.renewalpost.fulfilment.staff.AuditAction;
import com.renewalpost.fulfilment.tracking.EventSource;
import com.renewalpost.fulfilment.tracking.Reship;
import com.renewalpost.fulfilment.tracking.TrackingStatus;
import com.renewalpost.fulfilment.tracking.WebhookSignature;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The server's messages ({@code ui/messages}) exist in English and Simplified Chinese, key for key
 * and argument for argument; every key the code names exists; every value of the enums staff see
 * has a display name in both languages.
 */
class ServerMessagesTest {

    /** The enums whose values staff pages show or messages name. */
    static final List<Class<? extends Enum<?>>> DISPLAYED = List.of(OrderStatus.class, PostalService.class,
            PaymentMethod.class, Channel.class, ProductKind.class, TimelineEntry.Kind.class, AuditAction.class,
            TrackingStatus.class, EmailReason.class, EventSource.class, TrackingSource.class, PrintRunItem.Outcome.class,
            PackingEvent.Kind.class, ImportReport.Outcome.class, OutboxEmail.Status.class, EmailAttempt.Outcome.class,
            ActivationCode.Status.class, Dispatch.Status.class, Reship.Cause.class, DeliveryStandard.Source.class,
            Postage.Source.class, PossibleDuplicates.Reason.class, Packing.State.class, Reship.CodeDecision.class);

    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    /** A key written whole in the code; a key made from a code ("http." + status) ends with a dot and is tested below. */
    private static final Pattern KEY_IN_CODE = Pattern.compile("Message\\.of\\(\\s*\"([A-Za-z0-9_.]*[A-Za-z0-9_])\"");
    private static final Path SOURCES = Path.of("src", "main", "java");

    private final Properties english = load("ui/messages.properties");
    private final Properties chinese = load("ui/messages_zh_CN.properties");

    @Test
    void chineseHasEveryEnglishMessageWithTheSameArguments() {
        assertThat(chinese.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
        for (var key : english.stringPropertyNames()) {
            assertThat(arguments(chinese.getProperty(key))).as(key).isEqualTo(arguments(english.getProperty(key)));
        }
    }

    @Test
    void everyMessageIsAPatternThatFormatsAndChineseIsTranslated() {
        for (var key : english.stringPropertyNames()) {
            var arguments = new Object[10];
            Arrays.fill(arguments, 2);
            var en = new MessageFormat(english.getProperty(key), Locale.ENGLISH).format(arguments);
            var zh = new MessageFormat(chinese.getProperty(key), Locale.SIMPLIFIED_CHINESE).format(arguments);
            // an argument left as written: a quote in the wrong place, or a pattern MessageFormat cannot read
            assertThat(en).as(key).doesNotContainPattern("\\{\\d(}|,)");
            // a quote left single would have swallowed the rest of the pattern
            assertThat(zh.length()).as(key).isGreaterThan(chinese.getProperty(key).length() / 3);
            var names = zh.equals(en) && !en.matches(".*[a-z]{2,} [a-z]{2,}.*"); // PayPal, codes, arrows
            if (en.chars().anyMatch(Character::isLowerCase) && !names) {
                assertThat(HAN.matcher(zh).find()).as(key + " = " + zh).isTrue();
            }
        }
    }

    @Test
    void everyKeyTheCodeNamesExists() throws IOException {
        Set<String> named = new TreeSet<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (var file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = KEY_IN_CODE.matcher(Files.readString(file));
                while (m.find()) {
                    named.add(m.group(1));
                }
            }
        }
        var mapping = Files.readString(Path.of("src", "main", "resources", "META-INF", "validation", "order-request.xml"));
        Matcher m = Pattern.compile("<message>\\{([^}]+)}</message>").matcher(mapping);
        while (m.find()) {
            named.add(m.group(1));
        }
        assertThat(named).hasSizeGreaterThan(200);
        assertThat(english.stringPropertyNames()).containsAll(named);
    }

    @Test
    void keysMadeFromCodesExistForEveryCode() {
        Stream.of(Channel.values()).forEach(c -> assertThat(english).containsKey("timeline.received." + c.name()));
        Stream.of(EmailReason.values()).forEach(r -> assertThat(english).containsKey("email.reason." + r.name()));
        Stream.of(Reship.Cause.values()).forEach(c -> assertThat(english)
                .containsKey("cause." + c.name().toLowerCase(Locale.ROOT)));
        Stream.of(WebhookSignature.Verdict.values()).forEach(v -> assertThat(english).containsKey("webhook." + v.name()));
        for (int status : List.of(400, 401, 403, 404, 409, 411, 413, 422, 429, 500, 503)) {
            assertThat(english).containsKey("http." + status);
        }
    }

    @Test
    void everyValueOfTheDisplayedEnumsHasANameInBothLanguages() {
        for (var type : DISPLAYED) {
            var prefix = Message.enumKey(type.getEnumConstants()[0]).replaceFirst("\\.[A-Z0-9_]+$", ".");
            var constants = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.toSet());
            var keyed = english.stringPropertyNames().stream().filter(k -> k.startsWith(prefix))
                    .map(k -> k.substring(prefix.length())).collect(Collectors.toSet());
            assertThat(keyed).as(prefix + " names exactly the constants").isEqualTo(constants);
            for (var constant : type.getEnumConstants()) {
                var name = Message.nameOf(constant);
                assertThat(name.in(Locale.ENGLISH)).as(name.key()).isNotBlank().isNotEqualTo(constant.name());
                assertThat(name.in(Locale.SIMPLIFIED_CHINESE)).as(name.key()).isNotBlank();
            }
        }
    }

    private static Set<String> arguments(String pattern) {
        var found = new TreeSet<String>();
        var m = ARGUMENT.matcher(pattern);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static Properties load(String resource) {
        var properties = new Properties();
        try (var in = ServerMessagesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return properties;
    }
}
