package com.renewalpost.fulfilment.catalogue;

import com.renewalpost.fulfilment.staff.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.math.BigDecimal;
import java.util.List;

@Path("products")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Catalogue")
public class ProductResource {

    public record ProductView(String sku, String name, String kind, int planDays, String dataAllowance,
                              BigDecimal price, String currency, int weightGrams, String hsCode,
                              String customsDescription, boolean active) {
    }

    @Inject
    Catalogue catalogue;

    @GET
    @RolesAllowed({Roles.WAREHOUSE, Roles.SUPPORT, Roles.ADMIN})
    @Transactional
    @Operation(summary = "The products on sale")
    public List<ProductView> products() {
        return catalogue.all().stream().map(p -> new ProductView(p.sku(), p.name(), p.kind().name(), p.planDays(),
                p.dataAllowance(), p.price().amount(), p.price().currency(), p.weightGrams(), p.hsCode(),
                p.customsDescription(), p.active())).toList();
    }
}
