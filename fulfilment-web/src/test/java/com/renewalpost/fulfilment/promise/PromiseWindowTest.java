package com.renewalpost.fulfilment.promise;

import com.renewalpost.fulfilment.orders.Channel;
import com.renewalpost.fulfilment.platform.DomainException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PromiseWindowTest {

    static final LocalDate DAY = LocalDate.of(2026, 3, 5);

    @Test
    void aWindowHasBothDaysInOrderAndAtMostAYear() {
        assertThat(new PromiseLedger.Window(DAY, DAY.plusDays(365)).to()).isEqualTo(DAY.plusDays(365));
        assertThatThrownBy(() -> new PromiseLedger.Window(null, DAY)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> new PromiseLedger.Window(DAY, null)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> new PromiseLedger.Window(DAY, DAY.minusDays(1))).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> new PromiseLedger.Window(DAY, DAY.plusDays(366))).isInstanceOf(DomainException.class);
    }

    @Test
    void aCsvRowLeavesWhatIsNotKnownEmptyAndGivesTheMarginAsANumber() {
        var facts = new OrderFacts("RP-9", "JP", Channel.POST, DAY, DAY.minusDays(40), DAY.minusDays(20),
                DAY.minusDays(10), DAY.minusDays(30), null, true, false, CodeEmail.NONE);
        var lost = PromiseRow.of(PromiseRule.judge(facts, DAY.plusDays(1)));
        assertThat(lost.cells()).containsExactly("RP-9", "JP", "POST", "2026-03-05", "false", null, null, null,
                "LOST_LETTER", "LOST_LETTER");
        var late = PromiseRow.of(PromiseRule.judge(new OrderFacts("RP-8", "JP", Channel.WEB, DAY, DAY.minusDays(40),
                DAY.minusDays(20), DAY.minusDays(10), DAY.minusDays(30), DAY.plusDays(2), false, false,
                CodeEmail.NONE), DAY.plusDays(3)));
        assertThat(late.cells()).containsExactly("RP-8", "JP", "WEB", "2026-03-05", "false", "2026-03-07", "LETTER", -2,
                "LETTER_LATE_WITHOUT_EMAIL", "LETTER_LATE_WITHOUT_EMAIL");
        assertThat(PromiseRow.COLUMNS).hasSize(late.cells().length);
    }
}
