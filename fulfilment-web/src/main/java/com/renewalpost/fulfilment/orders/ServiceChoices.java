package com.renewalpost.fulfilment.orders;

import com.renewalpost.fulfilment.platform.Clocks;
import com.renewalpost.fulfilment.platform.DomainException;
import com.renewalpost.fulfilment.platform.Message;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The warehouse confirms the faster service the print queue proposes for an order ({@link ServiceChoice}). Only the
 * service proposed now is accepted, so a confirmation made from a stale page changes nothing; the order's service
 * changes through {@link Order#changePostalService}, and its timeline says who, when, from what to what, the new
 * posting deadline and the postage.
 */
@ApplicationScoped
public class ServiceChoices {

    /** What was confirmed. {@code postage} and {@code extraPostage} are null where the tariff has no price. */
    public record Confirmed(String number, String previousService, String postalService, int transitDays,
                            LocalDate latestPostingDate, BigDecimal postage, BigDecimal extraPostage,
                            String postageCurrency, String confirmedBy, OffsetDateTime confirmedAt) {
    }

    @Inject
    Orders orders;
    @Inject
    PrintQueue queue;
    @Inject
    OrderLifecycle lifecycle;
    @Inject
    Clock clock;

    @Transactional
    public Confirmed confirm(OrderNumber number, String service, String actor) {
        var chosen = parse(service);
        var order = orders.byNumberForUpdate(number).orElseThrow(() -> UnknownOrderException.of(number));
        if (order.status() != OrderStatus.QUEUED) {
            throw DomainException.conflict("not-queued", Message.of("queue.notQueued", number.value(), order.status()));
        }
        var choice = queue.choiceFor(order);
        if (!choice.proposed()) {
            throw DomainException.conflict("no-service-proposed", Message.of("queue.noProposal", number.value()));
        }
        if (choice.service() != chosen) {
            throw DomainException.conflict("no-service-proposed",
                    Message.of("queue.otherProposal", number.value(), choice.service(), chosen));
        }
        var from = order.postalService();
        var now = Clocks.now(clock);
        var postage = choice.postage();
        Message price = postage == null ? Message.of("queue.postage.unpriced")
                : choice.extraPostage() == null
                ? Message.of("queue.postage", postage.amount().toPlainString(), postage.currency())
                : Message.of("queue.postage.extra", postage.amount().toPlainString(), postage.currency(),
                choice.extraPostage().toPlainString());
        order.changePostalService(chosen, actor, Message.of("timeline.serviceChosen", from, chosen,
                choice.latestPostingDate().toString(), price), now);
        lifecycle.changed(order);
        return new Confirmed(number.value(), from.name(), chosen.name(), choice.transitDays(),
                choice.latestPostingDate(), postage == null ? null : postage.amount(), choice.extraPostage(),
                postage == null ? null : postage.currency(), actor, now);
    }

    private static PostalService parse(String service) {
        try {
            if (service != null) {
                return PostalService.valueOf(service.strip().toUpperCase(Locale.ROOT));
            }
        } catch (IllegalArgumentException e) {
            // refused below, with the services there are
        }
        var message = Message.of("queue.service", Arrays.toString(PostalService.values()));
        throw DomainException.invalid("invalid-service", Message.of("queue.cannotChoose"))
                .withErrors(null, List.of(new DomainException.FieldError("service", message)));
    }
}
