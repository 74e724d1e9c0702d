package com.renewalpost.fulfilment.system.server;

import com.renewalpost.fulfilment.catalogue.Catalogue;
import com.renewalpost.fulfilment.catalogue.Money;
import com.renewalpost.fulfilment.catalogue.Product;
import com.renewalpost.fulfilment.catalogue.ProductKind;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * {@code POST /system-test/products?sku=...&kind=ESIM_PROFILE} adds a product to the catalogue, for
 * system tests that need a product of their own (the REST API has no call that creates one yet).
 * Only in the system-test deployment.
 */
@WebServlet("/system-test/products")
public class SystemTestProducts extends HttpServlet {

    @Inject
    Catalogue catalogue;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var sku = request.getParameter("sku");
        var kind = request.getParameter("kind") == null ? ProductKind.ESIM_PROFILE
                : ProductKind.valueOf(request.getParameter("kind"));
        if (sku == null || sku.isBlank() || catalogue.bySku(sku).isPresent()) {
            response.sendError(400, "a new sku is needed");
            return;
        }
        catalogue.add(new Product(sku, "System test " + sku, kind, 30, "15 GB", Money.of("29.00", "USD"), 20,
                "490700", "Printed eSIM activation letter", kind == ProductKind.VOUCHER ? "\\d{16}" : null, 2));
        response.setStatus(201);
        response.setContentType("text/plain");
        response.getWriter().write(sku);
    }
}
