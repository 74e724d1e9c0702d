package com.renewalpost.fulfilment.codes;

import com.renewalpost.fulfilment.platform.CsvExport;
import com.renewalpost.fulfilment.platform.DateParameter;
import com.renewalpost.fulfilment.platform.Message;
import com.renewalpost.fulfilment.platform.ProblemException;
import com.renewalpost.fulfilment.staff.AuditAction;
import com.renewalpost.fulfilment.staff.AuditLog;
import com.renewalpost.fulfilment.platform.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The codes voided because the letter carrying them never arrived, as CSV for the eSIM provider
 * (who must block them). The file holds the codes themselves: admin only, never cached, and every
 * export is audited.
 */
@Path("codes/voided")
@RequestScoped
@Tag(name = "Codes")
public class VoidedCodesResource {

    @Inject
    CodeStock stock;
    @Inject
    AuditLog audit;
    @Context
    SecurityContext security;

    @GET
    @Produces("text/csv")
    @RolesAllowed(Roles.ADMIN)
    @Transactional
    @Operation(summary = "Voided codes as CSV (code_id, product_sku, order_number, voided_at, reason, code)",
            description = "from/to are dates (UTC, to exclusive); default: the last 31 days. Audited.")
    public Response export(@QueryParam("from") String from, @QueryParam("to") String to) {
        LocalDate end = DateParameter.parse(to, "to", LocalDate.now(ZoneOffset.UTC).plusDays(1));
        LocalDate start = DateParameter.parse(from, "from", end.minusDays(31));
        if (start.isAfter(end)) {
            throw new ProblemException(Response.Status.BAD_REQUEST, "invalid-date", Message.of("code.fromAfterTo"));
        }
        var codes = stock.voided(start.atStartOfDay().atOffset(ZoneOffset.UTC), end.atStartOfDay().atOffset(ZoneOffset.UTC));
        var csv = CsvExport.withColumns("code_id", "product_sku", "order_number", "voided_at", "reason", "code");
        for (var c : codes) {
            csv.row(c.codeId(), c.productSku(), c.orderNumber(), c.voidedAt(), c.reason(), c.code());
        }
        audit.record(security.getUserPrincipal().getName(), AuditAction.CODE_REVEALED, "voided codes",
                Message.of("audit.voidedExport", codes.size(), String.valueOf(start), String.valueOf(end)));
        return Response.ok(csv.text(), "text/csv")
                .header("Cache-Control", "no-store")
                .header("Content-Disposition", "attachment; filename=\"voided-codes-" + start + "-" + end + ".csv\"")
                .build();
    }
}
