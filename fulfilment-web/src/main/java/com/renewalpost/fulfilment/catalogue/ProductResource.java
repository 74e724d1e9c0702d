package com.renewalpost.fulfilment.catalogue;

import com.renewalpost.fulfilment.platform.PageRequest;
import com.renewalpost.fulfilment.platform.Message;
import com.renewalpost.fulfilment.platform.ProblemException;
import com.renewalpost.fulfilment.platform.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

// The root path is shared with codes.CodeStockResource (products/{sku}/codes): a root resource
// "products" with sub-paths of its own would take every products/... request away from it.
@Path("")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Catalogue")
public class ProductResource {

    public record ProductView(String sku, String name, String kind, int planDays, String dataAllowance,
                              BigDecimal price, String currency, int weightGrams, String hsCode,
                              String customsDescription, boolean active) {
        static ProductView of(Product p) {
            return new ProductView(p.sku(), p.name(), p.kind().name(), p.planDays(), p.dataAllowance(),
                    p.price().amount(), p.price().currency(), p.weightGrams(), p.hsCode(), p.customsDescription(),
                    p.active());
        }
    }

    @Inject
    Catalogue catalogue;
    @Context
    SecurityContext security;
    @Context
    HttpServletResponse response;

    @GET
    @Path("products")
    @RolesAllowed({Roles.WAREHOUSE, Roles.SUPPORT, Roles.ADMIN})
    @Transactional
    @Operation(summary = "The products on sale, by SKU", description = PageRequest.PAGED)
    public List<ProductView> products(@QueryParam("page") String page, @QueryParam("size") String size) {
        var asked = PageRequest.of(page, size);
        PageRequest.total(response, catalogue.count());
        return catalogue.all(asked).stream().map(ProductView::of).toList();
    }

    @POST
    @Path("products")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Put a new product on sale",
            description = "sku, name, kind (VOUCHER or ESIM_PROFILE), planDays, dataAllowance, price, currency, "
                    + "weightGrams, hsCode, customsDescription, voucherPattern (vouchers), lowStockThreshold, active. "
                    + "Invalid fields: 400 with every problem; a SKU already used: 409.")
    public Response create(ProductDetails details) {
        var product = catalogue.create(details, security.getUserPrincipal().getName());
        return Response.status(Response.Status.CREATED).entity(ProductView.of(product)).build();
    }

    @PUT
    @Path("products/{sku}")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a product's details (its SKU and kind stay)")
    public ProductView change(@PathParam("sku") String sku, ProductDetails details) {
        return ProductView.of(catalogue.change(sku, details, security.getUserPrincipal().getName()));
    }

    @GET
    @Path("products/{sku}/wording")
    @RolesAllowed({Roles.WAREHOUSE, Roles.SUPPORT, Roles.ADMIN})
    @Transactional
    @Operation(summary = "What customers read about the product, by language (en, zh-Hans, zh-Hant, ja, es)",
            description = "name and planDescription per language; a customer whose language has none reads the "
                    + "English one, and without that the product's own name")
    public Map<String, ProductWording> wording(@PathParam("sku") String sku) {
        var product = catalogue.bySku(sku).orElseThrow(() -> new ProblemException(Response.Status.NOT_FOUND,
                "unknown-product", Message.of("product.unknown", sku)));
        return catalogue.translations(product);
    }

    @PUT
    @Path("products/{sku}/wording")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace what customers read about the product, by language",
            description = "{\"ja\": {\"name\": \"...\", \"planDescription\": \"...\"}, ...}: a language left out has "
                    + "no wording any more. name 1 to " + ProductWording.MAX_NAME + " characters, planDescription 1 to "
                    + ProductWording.MAX_PLAN_DESCRIPTION + ", no control characters.")
    public Map<String, ProductWording> translate(@PathParam("sku") String sku, Map<String, ProductWording> wording) {
        return catalogue.translate(sku, wording, security.getUserPrincipal().getName());
    }

    @GET
    @Path("products/{sku}/prices")
    @RolesAllowed(Roles.ADMIN)
    @Transactional
    @Operation(summary = "The product's prices by currency (ISO 4217 code -> amount), its own price included")
    public Map<String, BigDecimal> prices(@PathParam("sku") String sku) {
        return catalogue.prices(sku);
    }

    @PUT
    @Path("products/{sku}/prices")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace the product's prices in other currencies",
            description = "{\"EUR\": 9.50, \"JPY\": 1500}: a currency left out has no price any more. ISO 4217 codes, "
                    + "positive amounts with at most the currency's minor units, at most " + ProductPrices.MAX_CURRENCIES
                    + " currencies; the product's own currency only with its own price (change that with PUT "
                    + "/products/{sku}). No exchange rates: a post payment in a currency without a price is refused.")
    public Map<String, BigDecimal> reprice(@PathParam("sku") String sku, Map<String, BigDecimal> prices) {
        return catalogue.reprice(sku, prices, security.getUserPrincipal().getName());
    }
}
