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
 * A product of the system tests' own ({@code POST /system-test/products?sku=...}): an eSIM plan
 * priced 29.00 USD, 20 g mailed. The application has no endpoint that makes products (admins will
 * have a page); its codes come in through the real import API. Only in the system-test deployment.
 */
@WebServlet("/system-test/products")
public class SystemTestProducts extends HttpServlet {

    @Inject
    Catalogue catalogue;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var sku = request.getParameter("sku");
        if (sku == null || !sku.matches("[A-Z0-9-]{3,40}")) {
            response.sendError(400, "sku=<A-Z0-9->");
            return;
        }
        catalogue.add(new Product(sku, "System test eSIM plan " + sku, ProductKind.ESIM_PROFILE, 30, "15 GB",
                Money.of("29.00", "USD"), 20, "490700", "Printed eSIM activation letter", null, 5));
        response.setContentType("text/plain");
        response.getWriter().write("made " + sku);
    }
}
