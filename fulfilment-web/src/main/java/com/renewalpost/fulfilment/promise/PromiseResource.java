package com.renewalpost.fulfilment.promise;

import com.renewalpost.fulfilment.platform.DateParameter;
import com.renewalpost.fulfilment.platform.PageRequest;
import com.renewalpost.fulfilment.platform.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

@Path("")
@RequestScoped
@Tag(name = "Customer promise")
public class PromiseResource {

    private static final String WINDOW = "from and to (plan expiries, 2026-03-05, both included, at most "
            + PromiseLedger.MAX_WINDOW_DAYS + " days apart) are required; cancelled orders are left out. ";
    private static final String ROW = "Each order: number, destination, channel, planExpiresOn, pending (not known "
            + "yet, not counted), heldOn (the earlier of the letter's delivery and the code email's acceptance by "
            + "the mail server), via (LETTER or EMAIL), marginDays (before the expiry; negative after it), lapse "
            + "(ORDERED_TOO_LATE, PRINTED_LATE, LOST_LETTER, EMAIL_TOO_LATE, LETTER_LATE_WITHOUT_EMAIL, or null). ";

    @Inject
    PromiseLedger ledger;
    @Context
    HttpServletResponse response;

    @GET
    @Path("promise")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.SUPPORT, Roles.ADMIN})
    @Operation(summary = "Whether each order's customer held their code before the plan expired, and why not",
            description = WINDOW + ROW + "Soonest expiry first. " + PageRequest.PAGED)
    public List<PromiseRow> orders(@QueryParam("from") String from, @QueryParam("to") String to,
                                   @QueryParam("page") String page, @QueryParam("size") String size) {
        var asked = PageRequest.of(page, size);
        var window = window(from, to);
        PageRequest.total(response, ledger.count(window));
        return ledger.page(window, asked.first(), asked.size()).stream().map(PromiseRow::of).toList();
    }

    @GET
    @Path("promise.csv")
    @Produces({"text/csv", MediaType.APPLICATION_JSON})
    @RolesAllowed({Roles.SUPPORT, Roles.ADMIN})
    @Operation(summary = "The same rows as CSV, every order of the window",
            description = WINDOW + ROW + "400 when the window holds more than " + PromiseLedger.MOST_CSV_ROWS
                    + " orders (choose a shorter one).")
    public Response csv(@QueryParam("from") String from, @QueryParam("to") String to) {
        var window = window(from, to);
        return Response.ok(ledger.csv(window), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"promise-" + window.from() + "-"
                        + window.to() + ".csv\"")
                .build();
    }

    private static PromiseLedger.Window window(String from, String to) {
        return new PromiseLedger.Window(DateParameter.parse(from, "from", null), DateParameter.parse(to, "to", null));
    }
}
