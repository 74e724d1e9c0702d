package com.renewalpost.fulfilment.platform;

import com.renewalpost.fulfilment.orders.OrderStatus;
import com.renewalpost.fulfilment.orders.PostalService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** A message is worded where it is shown, in the reader's language, and reads the same after it is kept. */
class MessageTest {

    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    @Test
    void argumentsAreWordedInTheReadersLanguageEnumsByTheirNames() {
        var message = Message.of("packing.notPrinted", "RP-ABC", OrderStatus.PACKED);

        assertThat(message.in(Locale.ENGLISH)).isEqualTo("Order RP-ABC is Packed, not Printed: it cannot be packed");
        assertThat(message.in(CHINESE)).isEqualTo("订单 RP-ABC 的状态为“已装封”，不是“已打印”：不能装封");
        assertThat(message).hasToString(message.in(Locale.ENGLISH));
    }

    @Test
    void nestedMessagesAndListingsAreWordedInTheSameLanguage() {
        var message = Message.of("dispatch.notReady", "7", Message.of("problem.separator",
                Message.of("dispatch.removeItem", "RP-A", OrderStatus.CANCELLED), Message.of("dispatch.empty", "7")));
        assertThat(message.in(CHINESE)).isEqualTo("交寄批次 7 不能结束：RP-A 的状态为“已取消”（请移除）；交寄批次 7 没有物品");

        var listing = Listing.of(List.of(OrderStatus.QUEUED, OrderStatus.ON_HOLD));
        assertThat(listing.in(Locale.ENGLISH)).isEqualTo("Queued, On hold");
        assertThat(listing.in(CHINESE)).isEqualTo("排队待打印、暂停");
    }

    @Test
    void aKeptMessageReadsTheSameInEveryLanguage() {
        var column = new MessageColumn();
        var message = Message.of("order.transition.notNext", "RP-ABC", OrderStatus.QUEUED, OrderStatus.POSTED,
                Listing.of(List.of(OrderStatus.PRINTED, OrderStatus.CANCELLED)));
        var kept = column.convertToEntityAttribute(column.convertToDatabaseColumn(message));

        assertThat(kept.in(CHINESE)).isEqualTo(message.in(CHINESE));
        assertThat(kept.in(Locale.ENGLISH)).isEqualTo(message.in(Locale.ENGLISH));
        var counted = Message.of("tracking.lowNumbers", 1234L, PostalService.TRACKED_LETTER);
        assertThat(column.convertToEntityAttribute(column.convertToDatabaseColumn(counted)).in(Locale.ENGLISH))
                .isEqualTo("Only 1,234 S10 numbers left for Tracked letter; ask the post office for a new range and "
                        + "add it to fulfilment.s10.ranges");
        assertThat(column.convertToDatabaseColumn(null)).isNull();
        assertThat(column.convertToEntityAttribute(null)).isNull();
    }

    @Test
    void aMessageSurvivesTheSessionsSerialisation() throws IOException, ClassNotFoundException {
        var message = Message.of("timeline.packed", "A1");
        var bytes = new ByteArrayOutputStream();
        try (var out = new ObjectOutputStream(bytes)) {
            out.writeObject(message);
        }
        try (var in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertThat(in.readObject()).isEqualTo(message);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "-|en", "''|en", "zh-CN|zh-Hans", "zh|zh-Hans", "zh-Hans|zh-Hans", "zh-SG|zh-Hans", "zh-Hans-CN|zh-Hans",
            "zh-TW|en", "zh-Hant|en", "zh-HK|en", "fr-FR, zh;q=0.8, en;q=0.5|zh-Hans", "en;q=0.2, zh-CN;q=0.9|zh-Hans",
            "en-GB,en;q=0.9,zh-CN;q=0.8|en", "de, fr|en", "*|en", "zh;q=0, en|en", "%%%not a header|en"})
    void answersFollowAcceptLanguageEnglishByDefault(String header, String tag) {
        assertThat(StaffLanguage.tag(StaffLanguage.ofAcceptLanguage(header))).isEqualTo(tag);
    }

    @Test
    void aProblemIsWordedForItsReaderInTheSameShape() {
        var problem = ProblemDetail.of(404, "unknown-order", Message.of("order.unknown", "RP-ABC"))
                .withErrors(null, List.of(new ProblemDetail.FieldText("number", Message.of("order.notANumber", "x"))));

        var english = problem.in(Locale.ENGLISH);
        assertThat(english).isEqualTo(new Problem("/problems/unknown-order", "Not Found", 404, "There is no order RP-ABC",
                List.of(new Problem.FieldError("number", "'x' is not an order number (its check character does not match)"))));
        var chinese = problem.in(CHINESE);
        assertThat(chinese.title()).isEqualTo("未找到");
        assertThat(chinese.detail()).isEqualTo("没有订单 RP-ABC");
        assertThat(chinese.errors()).extracting(Problem.FieldError::field).containsExactly("number");
        assertThat(ProblemDetail.of(418, "teapot", null).in(CHINESE).title()).isEqualTo("错误 418");
    }

    @Test
    void aTimeInAMessageIsShownToTheMinuteInTheStaffsZoneAndNamesIt() {
        var retry = java.time.OffsetDateTime.parse("2026-12-03T13:05:41.123456789Z");
        var before = Moment.zone();
        try {
            Moment.useZone(java.time.ZoneId.of("Europe/London"));
            var message = Message.of("email.attempt.retry", retry);
            assertThat(message.in(Locale.ENGLISH)).isEqualTo("not sent, next try at 2026-12-03 13:05 (Europe/London)");
            Moment.useZone(java.time.ZoneId.of("America/New_York"));
            var kept = new MessageColumn().convertToEntityAttribute(new MessageColumn().convertToDatabaseColumn(message));
            assertThat(kept.in(CHINESE)).doesNotContain("41.123").contains("2026-12-03 08:05 (America/New_York)");
            // a time kept as text before times were kept as moments reads the same way
            var legacy = new MessageColumn().convertToEntityAttribute(
                    "{\"key\":\"email.attempt.retry\",\"arguments\":[\"2026-12-03T13:05:41.123456789Z\"]}");
            assertThat(legacy.in(Locale.ENGLISH)).isEqualTo("not sent, next try at 2026-12-03 08:05 (America/New_York)");
        } finally {
            Moment.useZone(before);
        }
    }

    @Test
    void messagesShownOneAfterAnotherEachEndAsASentence() {
        assertThat(Sentences.ended("Enter at least one street line", Locale.ENGLISH)).isEqualTo("Enter at least one street line.");
        assertThat(Sentences.ended("Street address is required for an address in Germany.", Locale.ENGLISH))
                .isEqualTo("Street address is required for an address in Germany.");
        assertThat(Sentences.ended("请至少填写一行街道地址", CHINESE)).isEqualTo("请至少填写一行街道地址。");
        assertThat(Sentences.ended("Is it right?", Locale.ENGLISH)).isEqualTo("Is it right?");
    }
}
