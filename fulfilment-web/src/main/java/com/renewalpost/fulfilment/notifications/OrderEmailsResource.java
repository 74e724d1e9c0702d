package com.renewalpost.fulfilment.notifications;

import com.renewalpost.fulfilment.platform.Actor;
import com.renewalpost.fulfilment.orders.UnknownOrderException;
import com.renewalpost.fulfilment.orders.OrderNumber;
import com.renewalpost.fulfilment.platform.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** An order's customer emails over REST, and support's "email the code now". */
@Path("orders/{number}/emails")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Customer email")
public class OrderEmailsResource {

    /** @param reason why support sends the code, e.g. "customer phoned: letter not arrived, plan ends Friday" */
    public record CodeEmailRequest(String reason) {
    }

    @Inject
    OrderEmails emails;
    @Inject
    EmailQueue queue;
    @Context
    SecurityContext security;
    @Context
    UriInfo uriInfo;

    @GET
    @RolesAllowed({Roles.SUPPORT, Roles.ADMIN})
    @Operation(summary = "The order's customer emails, each with every delivery attempt and the server's reply")
    public List<EmailView> emails(@PathParam("number") String number) {
        return emails.emailsOf(parse(number));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.SUPPORT, Roles.ADMIN})
    @Operation(summary = "Email the order's activation code (support)",
            description = "Queues a code email for the order with the given reason, which is kept on the order's "
                    + "timeline. The only way an order gets a code email beyond its one automatic email. "
                    + "Answers 202: the outbox sends it within moments and retries while the mail server is away.")
    public Response sendCode(@PathParam("number") String number, CodeEmailRequest request) {
        var parsed = parse(number);
        var email = queue.queueBySupport(parsed, request == null ? null : request.reason(), Actor.of(security));
        return Response.accepted(email)
                .location(uriInfo.getBaseUriBuilder().path("orders").path(parsed.value()).path("emails").build())
                .build();
    }

    private static OrderNumber parse(String number) {
        return OrderNumber.parse(number).orElseThrow(() -> UnknownOrderException.notANumber(number));
    }
}
