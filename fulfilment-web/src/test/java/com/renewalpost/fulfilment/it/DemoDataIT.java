package com.renewalpost.fulfilment.it;

import com.renewalpost.fulfilment.catalogue.Catalogue;
import com.renewalpost.fulfilment.catalogue.ProductWording;
import com.renewalpost.fulfilment.dashboard.Charts;
import com.renewalpost.fulfilment.dispatch.Dispatches;
import com.renewalpost.fulfilment.dispatch.Manifests;
import com.renewalpost.fulfilment.orders.OrderStatus;
import com.renewalpost.fulfilment.orders.Orders;
import com.renewalpost.fulfilment.packing.Packing;
import com.renewalpost.fulfilment.orders.DeliveryStandards;
import com.renewalpost.fulfilment.printing.DocumentKind;
import com.renewalpost.fulfilment.printing.PrintRunRequest;
import com.renewalpost.fulfilment.printing.PrintRunMaking;
import com.renewalpost.fulfilment.printing.PrintRuns;
import com.renewalpost.fulfilment.platform.WarehouseCalendar;
import com.renewalpost.fulfilment.platform.Roles;
import com.renewalpost.fulfilment.staff.StaffAccounts;
import com.renewalpost.fulfilment.tracking.LearnedStandards;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo (README: FULFILMENT_DEMO=true on an empty database): orders in every state, reached the
 * way the warehouse reaches them (print runs, the packing station, a closed dispatch, tracking
 * events), and a day's work left that the warehouse pages can do, through the same control
 * classes they call.
 */
@ExtendWith(ArquillianExtension.class)
@Order(1) // TestDeployment.inContainer() loads the demo as it starts: this class sees it before any other's data
class DemoDataIT {

    @Deployment
    static WebArchive deployment() {
        return TestDeployment.inContainer(); // the letters are read back (DocumentReading)
    }

    @Inject
    Orders orders;
    @Inject
    PrintRuns printRuns;
    @Inject
    PrintRunMaking printRunMaking;
    @Inject
    Packing packing;
    @Inject
    Dispatches dispatches;
    @Inject
    Manifests manifests;
    @Inject
    WarehouseCalendar calendar;
    @Inject
    StaffAccounts staffAccounts;
    @Inject
    Catalogue catalogue;
    @Inject
    LearnedStandards learnedStandards;
    @Inject
    DeliveryStandards deliveryStandards;
    @Inject
    Clock clock;

    @Test
    void theDemoWentThroughTheWarehouseAndLeavesADaysWorkThatCanBeDone() {
        assertThat(Arrays.stream(OrderStatus.values()).collect(Collectors.toMap(s -> s,
                s -> orders.inStatus(s).size()))).containsAllEntriesOf(Map.of(
                OrderStatus.QUEUED, 10, OrderStatus.PRINTED, 5, OrderStatus.PACKED, 5, OrderStatus.POSTED, 10,
                OrderStatus.DELIVERED, 10, OrderStatus.RETURNED, 5, OrderStatus.LOST, 5, OrderStatus.ON_HOLD, 5,
                OrderStatus.CANCELLED, 5));

        // two runs: yesterday's work (packed and later) and the letters waiting to be packed
        var runs = printRuns.history(0, 10);
        assertThat(runs).extracting(PrintRuns.RunSummary::printed).containsExactly(5L, 35L);
        var toPack = printRuns.view(runs.get(0).id(), java.util.Locale.ENGLISH);
        assertThat(toPack.lines()).extracting(PrintRuns.LineView::orderNumber)
                .containsExactlyInAnyOrderElementsOf(orders.inStatus(OrderStatus.PRINTED).stream()
                        .map(o -> o.number().value()).toList());
        assertThat(pdf(printRuns.document(toPack.id(), DocumentKind.LETTERS).bytes())).isTrue();

        // every demo product is worded in every language letters are written in, and each of yesterday's
        // letters names and describes its product in the letter's own language
        var wordings = catalogue.all().stream().map(catalogue::translations).toList();
        assertThat(wordings).hasSize(4).allSatisfy(w -> assertThat(w.keySet()).containsExactlyElementsOf(ProductWording.LANGUAGES));
        var titles = Map.of("en", "Yourrenewalcard", "zh-Hans", "您的续费卡", "zh-Hant", "您的續費卡", "ja", "更新カードのお届け",
                "es", "Sutarjetaderenovación");
        var seen = new java.util.TreeSet<String>();
        int forms = 0;
        int letters = 0;
        for (var page : DocumentReading.pageTexts(printRuns.document(runs.get(1).id(), DocumentKind.LETTERS).bytes())) {
            if (page.matches("(?s).*\\bRN-[0-9A-Z]{12}\\b.*")) {
                forms++; // a letter's renewal form, the page after it
                continue;
            }
            letters++;
            var text = squeezed(page);
            var language = titles.entrySet().stream().filter(t -> text.contains(t.getValue())).map(Map.Entry::getKey)
                    .findFirst().orElseThrow(() -> new AssertionError("a letter in no known language: " + page));
            seen.add(language);
            assertThat(wordings).as(page).anySatisfy(w -> assertThat(text)
                    .contains(squeezed(w.get(language).name()), squeezed(w.get(language).planDescription())));
        }
        assertThat(seen).containsExactlyInAnyOrderElementsOf(ProductWording.LANGUAGES);
        assertThat(forms).as("a renewal form after each letter").isEqualTo(letters);

        // two closed dispatches, tracked letters with their labels: today's with the letters on their
        // way, and one four weeks old with those since delivered, returned or lost
        var closed = dispatches.onDate(calendar.today(), com.renewalpost.fulfilment.platform.PageRequest.first(10));
        var older = dispatches.onDate(calendar.today().minusDays(28), com.renewalpost.fulfilment.platform.PageRequest.first(10));
        assertThat(closed).singleElement().satisfies(d -> assertThat(d.items()).hasSize(10)
                .allSatisfy(i -> assertThat(i.orderStatus()).isEqualTo("POSTED")));
        assertThat(older).singleElement().satisfies(d -> assertThat(d.items()).hasSize(20)
                .allSatisfy(i -> assertThat(i.orderStatus()).isIn("DELIVERED", "RETURNED", "LOST")));
        for (var d : java.util.List.of(closed.get(0), older.get(0))) {
            assertThat(d.status()).isEqualTo("CLOSED");
            assertThat(d.items()).filteredOn(i -> i.service().equals("TRACKED_LETTER")).isNotEmpty()
                    .allSatisfy(i -> assertThat(i.trackingNumber()).isNotNull());
            assertThat(pdf(manifests.pdf(d.id()))).isTrue();
        }

        // the deliveries took about as long as the post takes to each country: the dashboard's
        // transit chart shows days, not 0.0 everywhere
        var deliveries = learnedStandards.deliveriesSince(OffsetDateTime.now(clock).minusDays(180));
        assertThat(deliveries).hasSize(10).allSatisfy(d -> assertThat(d.transitDays())
                .as(d.destination() + " " + d.service())
                .isBetween(Math.max(1, deliveryStandards.transitDays(d.destination(), d.service()) - 1),
                        deliveryStandards.transitDays(d.destination(), d.service()) + 1));
        assertThat(Charts.byDestination(deliveries)).isNotEmpty()
                .allSatisfy(d -> assertThat(d.medianDays()).as(d.country()).isGreaterThanOrEqualTo(1));
        assertThat(dispatches.awaitingDispatch(100)).extracting(Dispatches.Waiting::orderNumber)
                .containsExactlyInAnyOrderElementsOf(orders.inStatus(OrderStatus.PACKED).stream()
                        .map(o -> o.number().value()).toList());

        // the day's work: print the queue, pack the waiting letters, post everything packed
        assertThat(staffAccounts.byUsername("admin").orElseThrow().roles()).contains(Roles.WAREHOUSE, Roles.SUPPORT);
        var run = printRuns.view(printRunMaking.create(new PrintRunRequest(null, null, true), "admin"), java.util.Locale.ENGLISH);
        assertThat(run.printed()).isEqualTo(10);
        for (var order : orders.inStatus(OrderStatus.PRINTED)) {
            var number = order.number().value();
            assertThat(packing.scan("IT-DEMO", number, "admin").state()).isEqualTo(Packing.State.AWAITING_LABEL);
            assertThat(packing.scan("IT-DEMO", number, "admin").state()).isEqualTo(Packing.State.PACKED);
        }
        assertThat(orders.inStatus(OrderStatus.PRINTED)).isEmpty();
        var dispatch = dispatches.open(new Dispatches.OpenRequest(null), "admin").id();
        var waiting = dispatches.awaitingDispatch(100);
        assertThat(waiting).hasSize(20);
        waiting.forEach(item -> dispatches.add(dispatch, item.orderNumber(), "admin"));
        var posted = dispatches.close(dispatch, "admin");
        assertThat(posted.items()).hasSize(20).allSatisfy(i -> assertThat(i.orderStatus()).isEqualTo("POSTED"));
        assertThat(orders.inStatus(OrderStatus.POSTED)).hasSize(30);
    }

    /** Without white space: CJK lines wrap anywhere. */
    private static String squeezed(String s) {
        return s.replaceAll("\\s+", "");
    }

    private static boolean pdf(byte[] bytes) {
        return new String(bytes, 0, 5, StandardCharsets.US_ASCII).equals("%PDF-");
    }
}
