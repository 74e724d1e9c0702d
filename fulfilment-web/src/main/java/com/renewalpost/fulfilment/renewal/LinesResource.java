package com.renewalpost.fulfilment.renewal;

import com.renewalpost.fulfilment.platform.DateParameter;
import com.renewalpost.fulfilment.platform.PageRequest;
import com.renewalpost.fulfilment.platform.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

@Path("lines")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Renewal lines")
public class LinesResource {

    @Inject
    Lines lines;
    @Context
    HttpServletResponse response;

    @GET
    @RolesAllowed({Roles.SUPPORT, Roles.ADMIN})
    @Operation(summary = "Renewed lines whose plan next expires in a window, soonest first",
            description = "expiringFrom and expiringTo (2026-03-05, both included, at most " + Lines.MAX_WINDOW_DAYS
                    + " days apart) are required. Each line has its customer, its latest order, its next expiry and "
                    + "the latest day to order (with the days it is counted from). " + PageRequest.PAGED)
    public List<LineView> expiring(@QueryParam("expiringFrom") String from, @QueryParam("expiringTo") String to,
                                   @QueryParam("page") String page, @QueryParam("size") String size) {
        var asked = PageRequest.of(page, size);
        var window = new Lines.Window(DateParameter.parse(from, "expiringFrom", null),
                DateParameter.parse(to, "expiringTo", null));
        PageRequest.total(response, lines.countExpiring(window));
        return lines.expiring(window, asked.first(), asked.size());
    }
}
