package com.renewalpost.fulfilment.codes;

import com.renewalpost.fulfilment.orders.UnknownOrderException;
import com.renewalpost.fulfilment.orders.OrderNumber;
import com.renewalpost.fulfilment.orders.Orders;
import com.renewalpost.fulfilment.platform.DomainException;
import com.renewalpost.fulfilment.platform.Message;
import com.renewalpost.fulfilment.staff.AuditAction;
import com.renewalpost.fulfilment.staff.AuditLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Support or an admin sees one order's activation code, for a reason they state: the reveal and
 * its reason go to the audit log in the same transaction. The one way a person sees a code on a
 * screen (REST and the order page call this; the callers check the role).
 */
@ApplicationScoped
public class CodeReveals {

    /** A reason of fewer characters says nothing. */
    static final int MIN_REASON = 5;
    static final int MAX_REASON = 1000;

    @Inject
    Orders orders;
    @Inject
    CodeStock codeStock;
    @Inject
    AuditLog audit;

    /** A revealed code and, when its phone will ask for one, its SGP.22 confirmation code (else null). */
    public record Revealed(String code, String confirmationCode) {
        @Override
        public String toString() {
            return "Revealed[****]"; // never the secrets in a log
        }
    }

    /** The plain code. Never log it, never put it in a URL. */
    @Transactional
    public String reveal(OrderNumber number, String reason, String actor) {
        return revealWithConfirmation(number, reason, actor).code();
    }

    /** The plain code with its confirmation code, in one audited reveal. Never log them, never put them in a URL. */
    @Transactional
    public Revealed revealWithConfirmation(OrderNumber number, String reason, String actor) {
        var why = reason == null ? "" : reason.strip();
        if (why.length() < MIN_REASON || why.length() > MAX_REASON) {
            throw DomainException.invalid("reason-required", Message.of("code.revealReason"));
        }
        var order = orders.byNumber(number).orElseThrow(() -> UnknownOrderException.of(number));
        var code = codeStock.plainCodeOf(order).orElseThrow(() -> DomainException.conflict("no-code", Message.of("code.none", order.number())));
        audit.record(actor, AuditAction.CODE_REVEALED, order.number().value(), why);
        return new Revealed(code, codeStock.plainConfirmationCodeOf(order).orElse(null));
    }
}
