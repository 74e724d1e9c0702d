package com.renewalpost.fulfilment.platform;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

import java.util.Map;

@ApplicationPath("/api")
@OpenAPIDefinition(info = @Info(title = "Renewal Post fulfilment API", version = "1.0",
        description = "Order intake, queue and activation-code stock of the Renewal Post back office"))
@DeclareRoles({Roles.WAREHOUSE, Roles.SUPPORT, Roles.ADMIN, Roles.ORDERS_WRITE, Roles.METRICS_READ})
public class RestApplication extends Application {

    /**
     * No WADL: nothing here reads it (the API is described by OpenAPI at /openapi), and Jersey would
     * otherwise set up its WADL resource and JAXB at every start.
     */
    @Override
    public Map<String, Object> getProperties() {
        return Map.of("jersey.config.server.wadl.disableWadl", true);
    }
}
