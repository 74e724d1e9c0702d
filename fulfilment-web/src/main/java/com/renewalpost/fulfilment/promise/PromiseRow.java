package com.renewalpost.fulfilment.promise;

import com.renewalpost.fulfilment.orders.Channel;

import java.time.LocalDate;

/**
 * One order's promise as the API and the CSV give it. {@code pending}: not known yet (no delivery, no email, expiry
 * not passed), not counted; {@code heldOn}/{@code via}/{@code marginDays} null when the code was never held;
 * {@code lapse} null when held in time (or pending); {@code shortfall} why the code came fewer than
 * {@link PromiseRule#MARGIN_GOAL_DAYS} days before the expiry (the lapse's cause for a lapse), else null.
 */
public record PromiseRow(String number, String destination, Channel channel, LocalDate planExpiresOn,
                         boolean pending, LocalDate heldOn, HeldVia via, Integer marginDays, LapseCause lapse,
                         LapseCause shortfall) {

    static PromiseRow of(PromiseOutcome o) {
        var f = o.order();
        return new PromiseRow(f.number(), f.destination(), f.channel(), f.planExpiresOn(), o.pending(), o.heldOn(),
                o.via(), o.marginDays(), o.lapse(), o.shortfall());
    }

    static final String[] COLUMNS = {"number", "destination", "channel", "planExpiresOn", "pending", "heldOn", "via",
            "marginDays", "lapse", "shortfall"};

    Object[] cells() {
        return new Object[]{number, destination, channel.name(), planExpiresOn.toString(), String.valueOf(pending),
                heldOn == null ? null : heldOn.toString(), via == null ? null : via.name(), marginDays,
                lapse == null ? null : lapse.name(), shortfall == null ? null : shortfall.name()};
    }
}
