package com.renewalpost.fulfilment.orders;

import com.renewalpost.fulfilment.codes.CodeStock;
import com.renewalpost.fulfilment.platform.ImportReport;
import com.renewalpost.fulfilment.platform.Problem;
import com.renewalpost.fulfilment.platform.ProblemException;
import com.renewalpost.fulfilment.staff.AuditAction;
import com.renewalpost.fulfilment.staff.AuditLog;
import com.renewalpost.fulfilment.staff.Roles;
import com.renewalpost.labels.address.AddressFormats;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.Reader;

/** Order intake and lookup over REST. */
@Path("orders")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Orders")
public class OrderResource {

    static final int MAX_PAGE_SIZE = 200;

    @Inject
    OrderIntake intake;
    @Inject
    OrderCsvImport csvImport;
    @Inject
    OrderSearch search;
    @Inject
    Orders orders;
    @Inject
    CodeStock codeStock;
    @Inject
    AuditLog audit;
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
            throw new ProblemException(Problem.of(Response.Status.BAD_REQUEST, "unreadable-body",
                    "Send the order as a JSON object"));
        }
        OrderIntake.Receipt receipt;
        try {
            receipt = intake.receive(request, idempotencyKey, actor());
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
        return csvImport.importCsv(csv, actor());
    }

    @GET
    @Path("{number}")
    @RolesAllowed({Roles.WAREHOUSE, Roles.SUPPORT, Roles.ADMIN})
    @Operation(summary = "One order with its timeline")
    @Transactional
    public OrderView byNumber(@PathParam("number") String number) {
        var parsed = OrderNumber.parse(number).orElseThrow(() -> new ProblemException(Problem.of(
                Response.Status.NOT_FOUND, "unknown-order",
                "'" + number + "' is not an order number (its check character does not match)")));
        return view(parsed);
    }

    @GET
    @RolesAllowed({Roles.WAREHOUSE, Roles.SUPPORT, Roles.ADMIN})
    @Operation(summary = "Search orders by number, name in any script, email or the last digits of the ICCID")
    public OrderSearch.Page search(@QueryParam("q") String q,
                                   @QueryParam("page") @DefaultValue("0") int page,
                                   @QueryParam("size") @DefaultValue("50") int size) {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new ProblemException(Problem.of(Response.Status.BAD_REQUEST, "invalid-page",
                    "page must be 0 or more and size between 1 and " + MAX_PAGE_SIZE));
        }
        return search.search(q, page, size);
    }

    /** Why support or an admin needs to see the code; required, and kept in the audit log. */
    public record RevealRequest(String reason) {
    }

    public record RevealedCode(String number, String code) {
    }

    @POST
    @Path("{number}/code/reveal")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.SUPPORT, Roles.ADMIN})
    @Transactional
    @Operation(summary = "Show one order's activation code, with a stated reason (audited)")
    public RevealedCode reveal(@PathParam("number") String number, RevealRequest request) {
        if (request == null || request.reason() == null || request.reason().strip().length() < 5) {
            throw new ProblemException(Problem.of(Response.Status.BAD_REQUEST, "reason-required",
                    "Say why you need to see the code (at least a few words); it is kept in the audit log"));
        }
        var order = OrderNumber.parse(number).flatMap(orders::byNumber).orElseThrow(() -> new ProblemException(
                Problem.of(Response.Status.NOT_FOUND, "unknown-order", "There is no order " + number)));
        var code = codeStock.plainCodeOf(order).orElseThrow(() -> new ProblemException(Problem.of(
                Response.Status.CONFLICT, "no-code", "Order " + order.number() + " has no activation code yet")));
        audit.record(actor(), AuditAction.CODE_REVEALED, order.number().value(), request.reason().strip());
        return new RevealedCode(order.number().value(), code);
    }

    @Transactional
    OrderView view(OrderNumber number) {
        var order = orders.byNumber(number).orElseThrow(() -> new ProblemException(Problem.of(
                Response.Status.NOT_FOUND, "unknown-order", "There is no order " + number)));
        var labelLines = AddressFormats.standard().forCountry(order.address().countryCode())
                .labelLines(order.address().toPostalAddress(order.customer().nameLatin()));
        return OrderView.of(order, codeStock.plainCodeOf(order).map(OrderView::mask).orElse(null), labelLines);
    }

    private String actor() {
        return security.getUserPrincipal() == null ? "api" : security.getUserPrincipal().getName();
    }
}
