package com.renewalpost.fulfilment.codes;

import com.renewalpost.fulfilment.catalogue.Catalogue;
import com.renewalpost.fulfilment.platform.ImportReport;
import com.renewalpost.fulfilment.platform.Problem;
import com.renewalpost.fulfilment.platform.ProblemException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
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

    @Inject
    CodeStock stock;
    @Inject
    Catalogue catalogue;

    @POST
    @Path("products/{sku}/codes")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @Transactional
    @Operation(summary = "Import activation codes for a product",
            description = "CSV with a 'code' column. Reports per line; codes already in stock are refused. "
                    + "The report never repeats a code.")
    public ImportReport importCodes(@PathParam("sku") String sku, Reader csv) {
        var product = catalogue.bySku(sku).orElseThrow(() -> new ProblemException(Problem.of(
                Response.Status.NOT_FOUND, "unknown-product", "There is no product with SKU '" + sku + "'")));
        return stock.importCsv(product, csv);
    }

    @GET
    @Path("stock")
    @Operation(summary = "Codes available and allocated per product, with the low-stock flag")
    public List<CodeStock.Level> levels() {
        return stock.levels();
    }
}
