package com.renewalpost.fulfilment.payments;

import com.renewalpost.fulfilment.platform.DateParameter;
import com.renewalpost.fulfilment.platform.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Clock;
import java.time.LocalDate;

/** The bank deposit slip of a day's cheques and money orders: JSON, PDF and CSV. */
@Path("")
@RequestScoped
@Tag(name = "Payments")
public class DepositSlipResource {

    private static final String DAY = "date: the day the items were entered (UTC), YYYY-MM-DD; today without it. "
            + "Totals per currency; at most 10,000 items (more: 409).";

    @Inject
    DepositSlips slips;
    @Inject
    Clock clock;

    @GET
    @Path("deposit-slip")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.WAREHOUSE, Roles.ADMIN})
    @Operation(summary = "The day's cheques and money orders with their totals per currency", description = DAY)
    public DepositSlips.SlipView slip(@QueryParam("date") String date) {
        return slips.view(day(date));
    }

    @GET
    @Path("deposit-slip.pdf")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    @RolesAllowed({Roles.WAREHOUSE, Roles.ADMIN})
    @Operation(summary = "The day's bank deposit slip as PDF, to take to the bank", description = DAY)
    public Response pdf(@QueryParam("date") String date) {
        var day = day(date);
        return Response.ok(slips.pdf(day), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"deposit-slip-" + day + ".pdf\"").build();
    }

    @GET
    @Path("deposit-slip.csv")
    @Produces({"text/csv", MediaType.APPLICATION_JSON})
    @RolesAllowed({Roles.WAREHOUSE, Roles.ADMIN})
    @Operation(summary = "The day's cheques and money orders as CSV, a TOTAL row per currency at the end",
            description = DAY)
    public Response csv(@QueryParam("date") String date) {
        var day = day(date);
        return Response.ok(slips.csv(day), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"deposit-slip-" + day + ".csv\"").build();
    }

    private LocalDate day(String date) {
        return DateParameter.parse(date, "date", LocalDate.now(clock.withZone(java.time.ZoneOffset.UTC)));
    }
}
