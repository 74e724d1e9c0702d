package com.renewalpost.fulfilment.notifications;

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

/** Support's list of code emails that could not be delivered. */
@Path("emails/attention")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Customer email")
public class EmailAttentionResource {

    @Inject
    OrderEmails emails;
    @Inject
    OutboxFigures figures;
    @Context
    HttpServletResponse response;

    @GET
    @RolesAllowed({Roles.SUPPORT, Roles.ADMIN})
    @Operation(summary = "Code emails that failed for good (refused address, or retries given up)",
            description = "An email leaves this list when support sends the order another code email. "
                    + PageRequest.PAGED)
    public List<EmailView> needingAttention(@QueryParam("page") String page, @QueryParam("size") String size) {
        var asked = PageRequest.of(page, size);
        PageRequest.total(response, figures.backlog().needingAttention());
        return emails.needingAttention(asked);
    }
}
