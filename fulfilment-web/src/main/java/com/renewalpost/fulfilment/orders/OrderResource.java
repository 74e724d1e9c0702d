package com.renewalpost.fulfilment.orders;

import com.renewalpost.fulfilment.platform.Actor;
import com.renewalpost.fulfilment.platform.DateParameter;
import com.renewalpost.fulfilment.platform.ImportReport;
import com.renewalpost.fulfilment.platform.Message;
import com.renewalpost.fulfilment.platform.PageRequest;
import com.renewalpost.fulfilment.platform.ProblemException;
import com.renewalpost.fulfilment.platform.StaffLanguage;
import com.renewalpost.fulfilment.platform.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.Reader;
import java.util.Arrays;
import java.util.Locale;

/** Order intake and lookup over REST. */
@Path("orders")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Orders")
public class OrderResource {

    @Context
    HttpHeaders headers;

    static final int DEFAULT_PAGE_SIZE = 50;
    static final int MAX_PAGE_SIZE = 200;

    @Inject
    OrderIntake intake;
    @Inject
    OrderCsvImport csvImport;
    @Inject
    OrderSearch search;
    @Inject
    OrderDetails details;
    @Inject
    OrderNotes notes;
    @Context
    SecurityContext security;
    @Context
    UriInfo uriInfo;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.WAREHOUSE, Roles.SUPPORT, Roles.ADMIN, Roles.ORDERS_WRITE})
    @Operation(summary = "Take in one order",
            description = "Idempotent: the same Idempotency-Key, or the same channel and external reference, "
                    + "returns the existing order (200) instead of creating a second one (201). "
                    + "Invalid orders are refused with a problem detail listing every field to correct.")
    public Response receive(OrderRequest request, @HeaderParam("Idempotency-Key") String idempotencyKey) {
        if (request == null) {
            throw new ProblemException(Response.Status.BAD_REQUEST, "unreadable-body", Message.of("api.sendOrderJson"));
        }
        if (idempotencyKey != null && (idempotencyKey.strip().length() > 100
                || idempotencyKey.strip().codePoints().anyMatch(c -> c < 0x21 || c > 0x7e))) {
            throw new ProblemException(Response.Status.BAD_REQUEST, "invalid-idempotency-key",
                    Message.of("api.idempotencyKey"));
        }
        OrderIntake.Receipt receipt;
        try {
            receipt = intake.receive(request, idempotencyKey, Actor.of(security));
        } catch (InvalidOrderException invalid) {
            throw invalid;
        } catch (RuntimeException commitFailed) {
            // Two deliveries of the same request raced; the unique keys let only one in.
            receipt = intake.existing(request, idempotencyKey).map(o -> new OrderIntake.Receipt(o, false))
                    .orElseThrow(() -> commitFailed);
        }
        var view = view(receipt.order().number());
        return receipt.created()
                ? Response.created(uriInfo.getBaseUriBuilder().path("orders").path(view.number()).build())
                .entity(view).build()
                : Response.ok(view).build();
    }

    @POST
    @Path("import")
    @RolesAllowed({Roles.WAREHOUSE, Roles.ADMIN, Roles.ORDERS_WRITE})
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @Operation(summary = "Import web-shop or marketplace orders from CSV",
            description = "Valid rows are imported, invalid rows reported with their line and reasons; "
                    + "importing the same file again creates no duplicates.")
    public ImportReport importCsv(Reader csv) {
        return csvImport.importCsv(csv, Actor.of(security)).in(StaffLanguage.of(headers));
    }

    @GET
    @Path("{number}")
    @RolesAllowed({Roles.WAREHOUSE, Roles.SUPPORT, Roles.ADMIN})
    @Operation(summary = "One order with its timeline")
    @Transactional
    public OrderView byNumber(@PathParam("number") String number) {
        return view(parse(number));
    }

    @GET
    @RolesAllowed({Roles.WAREHOUSE, Roles.SUPPORT, Roles.ADMIN})
    @Operation(summary = "Search orders by number, name in any script, email, the last digits of the ICCID or the "
            + "tracking number", description = "q is matched loosely (order numbers in any case, without the dash, "
            + "or their first symbols); status, country (ISO alpha-2), channel and the days the order came in "
            + "(from, to: 2026-03-05, inclusive, warehouse calendar) narrow the result. Newest first; page from 0, size "
            + "1-" + MAX_PAGE_SIZE + " (default " + DEFAULT_PAGE_SIZE + "); total counts every match.")
    public OrderSearch.Page search(@QueryParam("q") String q,
                                   @QueryParam("status") String status,
                                   @QueryParam("country") String country,
                                   @QueryParam("channel") String channel,
                                   @QueryParam("from") String from,
                                   @QueryParam("to") String to,
                                   @QueryParam("page") String page,
                                   @QueryParam("size") String size) {
        var asked = PageRequest.of(page, size, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE);
        if (country != null && !country.isBlank() && !country.strip().matches("[A-Za-z]{2}")) {
            throw new ProblemException(Response.Status.BAD_REQUEST, "invalid-country", Message.of("api.countryCode"));
        }
        var criteria = new OrderSearch.Criteria(q, enumParameter(OrderStatus.class, status, "status"),
                country == null || country.isBlank() ? null : country.strip(),
                enumParameter(Channel.class, channel, "channel"),
                DateParameter.parse(from, "from", null), DateParameter.parse(to, "to", null));
        return search.search(criteria, asked.page(), asked.size());
    }
    /** A note for the order's timeline. */
    public record NoteRequest(String text) {
    }

    @POST
    @Path("{number}/notes")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.SUPPORT, Roles.ADMIN})
    @Operation(summary = "Add a note to the order's timeline (support; audited)",
            description = "text: up to 1,000 characters. Answers the timeline line as written.")
    public Response addNote(@PathParam("number") String number, NoteRequest request) {
        var line = notes.add(parse(number), request == null ? null : request.text(), Actor.of(security));
        return Response.status(Response.Status.CREATED).entity(line).build();
    }

    OrderView view(OrderNumber number) {
        return details.view(number, StaffLanguage.of(headers));
    }

    private static OrderNumber parse(String number) {
        return OrderNumber.parse(number).orElseThrow(() -> UnknownOrderException.notANumber(number));
    }

    private static <E extends Enum<E>> E enumParameter(Class<E> type, String text, String name) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ProblemException(Response.Status.BAD_REQUEST, "invalid-" + name,
                    Message.of("api.oneOf", name, Arrays.toString(type.getEnumConstants())));
        }
    }
}
