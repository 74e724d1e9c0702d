package com.renewalpost.fulfilment.codes;

import com.renewalpost.fulfilment.platform.ImportReport;
import com.renewalpost.fulfilment.platform.PageRequest;
import com.renewalpost.fulfilment.platform.StaffLanguage;
import com.renewalpost.fulfilment.platform.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.Reader;
import java.util.List;

/** Code stock over REST: import and levels. Codes go in; they never come out here. */
@Path("")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Code stock")
public class CodeStockResource {

    @Context
    HttpHeaders headers;

    @Context
    HttpServletResponse response;
    @Inject
    CodeStock stock;
    @Context
    SecurityContext security;

    @POST
    @Path("products/{sku}/codes")
    @RolesAllowed(Roles.ADMIN)
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @Transactional
    @Operation(summary = "Import activation codes for a product",
            description = "CSV with a 'code' column. Reports per line; codes already in stock are refused. "
                    + "The report never repeats a code.")
    public ImportReport importCodes(@PathParam("sku") String sku, Reader csv) {
        return stock.importFor(sku, csv, security.getUserPrincipal().getName()).in(StaffLanguage.of(headers));
    }

    @GET
    @Path("stock")
    @RolesAllowed({Roles.WAREHOUSE, Roles.SUPPORT, Roles.ADMIN})
    @Operation(summary = "Codes available and allocated per product, with the low-stock flag",
            description = PageRequest.PAGED)
    public List<CodeStock.Level> levels(@QueryParam("page") String page, @QueryParam("size") String size) {
        var asked = PageRequest.of(page, size);
        var all = stock.levels();
        PageRequest.total(response, all.size());
        return asked.of(all);
    }
}
