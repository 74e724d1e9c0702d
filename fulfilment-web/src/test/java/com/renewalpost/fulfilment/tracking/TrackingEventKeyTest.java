package com.renewalpost.fulfilment.tracking;

import com.renewalpost.fulfilment.orders.TrackingNumber;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import java.sql.DriverManager;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Which tracking events are one event: the carrier's id counts per letter, whole, and a second version is a conflict. */
class TrackingEventKeyTest {

    private static final OffsetDateTime AT = OffsetDateTime.of(2026, 3, 5, 9, 30, 0, 0, ZoneOffset.UTC);
    private static final TrackingNumber ONE = TrackingNumber.parse("RB123456785US").orElseThrow();
    private static final TrackingNumber OTHER = TrackingNumber.parse("RB473124829US").orElseThrow();

    private static CarrierEvent event(String id, TrackingNumber number, TrackingStatus status, OffsetDateTime at) {
        return new CarrierEvent(id, number, status, at, "JFK", "Arrived");
    }

    @Test
    void theSameEventIdOnAnotherLetterIsAnotherEvent() {
        assertThat(event("scan-1", ONE, TrackingStatus.ACCEPTED, AT).key())
                .isNotEqualTo(event("scan-1", OTHER, TrackingStatus.ACCEPTED, AT).key());
        assertThat(event("scan-1", ONE, TrackingStatus.ACCEPTED, AT).key())
                .isEqualTo(event("scan-1", ONE, TrackingStatus.IN_TRANSIT, AT.plusHours(1)).key())
                .isEqualTo("id:RB123456785US:scan-1");
    }

    @Test
    void idsThatDifferOnlyAfterTheir190thCharacterAreTwoEvents() {
        var common = "x".repeat(195);
        var a = event(common + "-a", ONE, TrackingStatus.ACCEPTED, AT).key();
        var b = event(common + "-b", ONE, TrackingStatus.ACCEPTED, AT).key();
        assertThat(a).isNotEqualTo(b).endsWith("-a");
        // beyond 200 characters: a readable start and the digest of the whole id, within the column
        var longA = event("y".repeat(300) + "a", ONE, TrackingStatus.ACCEPTED, AT).key();
        var longB = event("y".repeat(300) + "b", ONE, TrackingStatus.ACCEPTED, AT).key();
        assertThat(longA).isNotEqualTo(longB).startsWith("idh:RB123456785US:" + "y".repeat(100) + ":");
        assertThat(longA.length()).isLessThanOrEqualTo(300);
        assertThat(event("z".repeat(200), ONE, TrackingStatus.ACCEPTED, AT).key().length()).isLessThanOrEqualTo(300);
    }

    @Test
    void aRepeatIsADuplicateAndAnotherVersionOfTheEventIsAConflictKeepingTheFirst() {
        var first = event("scan-9", ONE, TrackingStatus.DELIVERED, AT);
        var stored = new TrackingEvent(first.key(), ONE.value(), null, first.status(), first.occurredAt(), "JFK",
                "Delivered", EventSource.WEBHOOK, "carrier-webhook", null, AT);

        // the same event again, with the time in another offset and other wording: a repeat
        var again = new CarrierEvent("scan-9", ONE, TrackingStatus.DELIVERED,
                AT.withOffsetSameInstant(ZoneOffset.ofHours(-5)), "New York", "Delivered to mailbox");
        assertThat(TrackingEvents.repeatOrConflict(again, stored)).isInstanceOf(TrackingEvents.Duplicate.class);

        var otherStatus = event("scan-9", ONE, TrackingStatus.RETURNED_TO_SENDER, AT);
        var conflict = (TrackingEvents.Conflict) TrackingEvents.repeatOrConflict(otherStatus, stored);
        assertThat(conflict.keptStatus()).isEqualTo(TrackingStatus.DELIVERED);
        assertThat(conflict.receivedStatus()).isEqualTo(TrackingStatus.RETURNED_TO_SENDER);
        assertThat(conflict.explanation().toString()).contains("scan-9", "RB123456785US", "Delivered", "Returned to sender",
                "first is kept");
        assertThat(TrackingEvents.repeatOrConflict(event("scan-9", ONE, TrackingStatus.DELIVERED, AT.plusMinutes(1)),
                stored)).isInstanceOf(TrackingEvents.Conflict.class);
    }

    @Test
    void aRepeatWithNanosecondsIsADuplicateOfWhatTheDatabaseKeptInMicroseconds() {
        var withNanos = AT.plusNanos(440_235_713);
        var first = event("scan-10", ONE, TrackingStatus.DELIVERED, withNanos);
        // what comes back from a TIMESTAMP column: microseconds
        var stored = new TrackingEvent(first.key(), ONE.value(), null, first.status(), AT.plusNanos(440_235_000),
                "JFK", "Delivered", EventSource.WEBHOOK, "carrier-webhook", null, AT);
        assertThat(TrackingEvents.repeatOrConflict(event("scan-10", ONE, TrackingStatus.DELIVERED, withNanos), stored))
                .isInstanceOf(TrackingEvents.Duplicate.class);
    }

    @Test
    void theMigrationRekeysStoredEventsAsTheApplicationNowKeysThem() throws Exception {
        var url = "jdbc:h2:mem:keys-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").target("10").load()
                .migrate();
        try (var db = DriverManager.getConnection(url, "sa", "");
             var insert = db.prepareStatement("INSERT INTO tracking_event (id, event_key, tracking_number, status, "
                     + "occurred_at, source, recorded_by, received_at, version) VALUES (?, ?, ?, 'ACCEPTED', "
                     + "CURRENT_TIMESTAMP, 'WEBHOOK', 'carrier-webhook', CURRENT_TIMESTAMP, 0)")) {
            insert.setLong(1, 1);
            insert.setString(2, "id:scan-1");
            insert.setString(3, ONE.value());
            insert.executeUpdate();
            var hash = event(null, ONE, TrackingStatus.ACCEPTED, AT).key();
            insert.setLong(1, 2);
            insert.setString(2, hash);
            insert.executeUpdate();

            Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").load().migrate();

            try (var rows = db.createStatement().executeQuery("SELECT event_key FROM tracking_event ORDER BY id")) {
                rows.next();
                assertThat(rows.getString(1)).isEqualTo(event("scan-1", ONE, TrackingStatus.ACCEPTED, AT).key());
                rows.next();
                assertThat(rows.getString(1)).isEqualTo(hash);
            }
            // the same id on another letter now fits beside it
            insert.setLong(1, 3);
            insert.setString(2, event("scan-1", OTHER, TrackingStatus.ACCEPTED, AT).key());
            insert.setString(3, OTHER.value());
            assertThat(insert.executeUpdate()).isEqualTo(1);
        }
    }
}
