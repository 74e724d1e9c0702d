package com.renewalpost.fulfilment.postage;

import com.renewalpost.fulfilment.platform.Actor;
import com.renewalpost.fulfilment.shipping.Postage;
import com.renewalpost.fulfilment.orders.PostalService;
import com.renewalpost.fulfilment.platform.DateParameter;
import com.renewalpost.fulfilment.platform.Message;
import com.renewalpost.fulfilment.platform.PageRequest;
import com.renewalpost.fulfilment.platform.ProblemException;
import com.renewalpost.fulfilment.platform.WarehouseCalendar;
import com.renewalpost.fulfilment.platform.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.OutputStreamWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** Postage over REST: zones, tariffs, quotes and the ledger. */
@Path("postage")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Postage")
public class PostageResource {

    public record ZoneView(String country, String zone) {
    }

    public record ZoneRequest(String zone) {
    }

    public record RateView(long id, long tariffId, LocalDate effectiveFrom, String service, String zone,
                           int maxWeightGrams, BigDecimal price, String currency) {
        static RateView of(Tariff.Rate r) {
            return new RateView(r.id(), r.tariffId(), r.effectiveFrom(), r.service().name(), r.zone(),
                    r.maxWeightGrams(), r.price(), r.currency());
        }
    }

    public record QuoteView(String service, String country, String zone, int weightGrams, LocalDate on,
                            BigDecimal price, String currency, Long rateId, Integer bandMaxWeightGrams) {
    }

    @Inject
    PostageRates rates;
    @Inject
    PostageLedger ledger;
    @Inject
    WarehouseCalendar calendar;
    @Context
    HttpServletResponse response;
    @Context
    SecurityContext security;

    @GET
    @Path("zones")
    @RolesAllowed({Roles.ADMIN, Roles.WAREHOUSE})
    @Operation(summary = "The zone of each destination country; * is every other country",
            description = PageRequest.PAGED)
    public List<ZoneView> zones(@QueryParam("page") String page, @QueryParam("size") String size) {
        var asked = PageRequest.of(page, size);
        var all = rates.zoneRows();
        PageRequest.total(response, all.size());
        return asked.of(all).stream().map(z -> new ZoneView(z.country(), z.zone())).toList();
    }

    @PUT
    @Path("zones/{country}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Put a destination country in a zone",
            description = "Affects postage computed from now on; posted items keep theirs.")
    public ZoneView assignZone(@PathParam("country") String country, ZoneRequest request) {
        var zone = rates.assignZone(country, request == null ? null : request.zone(), Actor.of(security));
        return new ZoneView(zone.country(), zone.zone());
    }

    @GET
    @Path("rates")
    @RolesAllowed({Roles.ADMIN, Roles.WAREHOUSE})
    @Operation(summary = "Every rate in force on a date (default today): service x zone x weight band",
            description = PageRequest.PAGED)
    public List<RateView> ratesInForce(@QueryParam("on") String on, @QueryParam("page") String page,
                                       @QueryParam("size") String size) {
        var asked = PageRequest.of(page, size);
        var all = rates.tariff().inForce(DateParameter.parse(on, "on", today()));
        PageRequest.total(response, all.size());
        return asked.of(all).stream().map(RateView::of).toList();
    }

    @GET
    @Path("tariffs")
    @RolesAllowed({Roles.ADMIN, Roles.WAREHOUSE})
    @Operation(summary = "Every tariff introduced, newest first", description = PageRequest.PAGED)
    public List<PostageRates.TariffSummary> tariffs(@QueryParam("page") String page, @QueryParam("size") String size) {
        var asked = PageRequest.of(page, size);
        var all = rates.tariffs();
        PageRequest.total(response, all.size());
        return asked.of(all);
    }

    @POST
    @Path("tariffs")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Introduce a tariff from a date (today or later)",
            description = "Replaces the rates of the services and zones it names from its effective date; "
                    + "postage of posted items is kept and never recomputed.")
    public Response introduce(PostageRates.TariffRequest request) {
        var tariff = rates.introduce(request, Actor.of(security));
        return Response.status(Response.Status.CREATED).entity(new PostageRates.TariffSummary(tariff.id(),
                tariff.effectiveFrom(), tariff.description(), tariff.createdAt(), tariff.createdBy(),
                tariff.rates().size())).build();
    }

    @GET
    @Path("quote")
    @RolesAllowed({Roles.ADMIN, Roles.WAREHOUSE})
    @Operation(summary = "The postage of one item: service, destination country, weight in grams, date")
    public QuoteView quote(@QueryParam("service") String service, @QueryParam("country") String country,
                           @QueryParam("weight") Integer weight, @QueryParam("on") String on) {
        var postalService = PostageRates.parseService(service);
        if (postalService == null || country == null || weight == null) {
            throw new ProblemException(Response.Status.BAD_REQUEST, "invalid-quote",
                    Message.of("postage.quote", List.of(PostalService.values()).toString()));
        }
        var date = DateParameter.parse(on, "on", today());
        var code = country.strip().toUpperCase(Locale.ROOT);
        var quote = rates.tariff().quote(postalService, code, weight, date);
        if (quote instanceof Tariff.Priced p) {
            return new QuoteView(postalService.name(), code, p.zone(), weight, date, p.rate().price(),
                    p.rate().currency(), p.rate().id(), p.rate().maxWeightGrams());
        }
        throw new ProblemException(Response.Status.NOT_FOUND, "no-postage-rate",
                Message.of("postage.noRate", ((Tariff.Unpriced) quote).reason()));
    }

    @GET
    @Path("ledger")
    @RolesAllowed({Roles.ADMIN, Roles.WAREHOUSE})
    @Operation(summary = "Every posted item with its postage, posted between from and to (default: this month)",
            description = PageRequest.PAGED)
    public List<PostageLedger.Entry> ledger(@QueryParam("from") String from, @QueryParam("to") String to,
                                            @QueryParam("page") String page, @QueryParam("size") String size) {
        var asked = PageRequest.of(page, size);
        var start = DateParameter.parse(from, "from", today().withDayOfMonth(1));
        var end = DateParameter.parse(to, "to", today());
        PageRequest.total(response, ledger.count(start, end));
        return ledger.entries(start, end, asked);
    }

    @GET
    @Path("ledger/totals")
    @RolesAllowed({Roles.ADMIN, Roles.WAREHOUSE})
    @Operation(summary = "Postage totals per day, month, service or destination, per currency")
    public List<PostageLedger.Total> totals(@QueryParam("from") String from, @QueryParam("to") String to,
                                            @QueryParam("by") @DefaultValue("DAY") String by) {
        PostageLedger.Grouping grouping;
        try {
            grouping = PostageLedger.Grouping.valueOf(by.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ProblemException(Response.Status.BAD_REQUEST, "invalid-grouping",
                    Message.of("postage.grouping", List.of(PostageLedger.Grouping.values()).toString()));
        }
        return ledger.totals(DateParameter.parse(from, "from", today().withDayOfMonth(1)),
                DateParameter.parse(to, "to", today()), grouping);
    }

    @GET
    @Path("ledger.csv")
    @Produces("text/csv")
    @RolesAllowed({Roles.ADMIN, Roles.WAREHOUSE})
    @Operation(summary = "The postage ledger as CSV")
    public Response ledgerCsv(@QueryParam("from") String from, @QueryParam("to") String to) {
        var start = DateParameter.parse(from, "from", today().withDayOfMonth(1));
        var end = DateParameter.parse(to, "to", today());
        // written as it is read, a batch at a time: a long period never sits in memory whole
        StreamingOutput csv = out -> {
            var writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            ledger.csv(start, end, writer);
            writer.flush();
        };
        return Response.ok(csv, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"postage-" + start + "-" + end + ".csv\"")
                .build();
    }

    private LocalDate today() {
        return calendar.today();
    }
}
