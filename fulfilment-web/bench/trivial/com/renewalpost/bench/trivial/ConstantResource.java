package com.renewalpost.bench.trivial;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.nio.charset.StandardCharsets;

/**
 * A constant JSON answer of {@code bench.constant.bytes} bytes (the size of the application's
 * tracking answer, measured by the run), made once: no database, no serialisation, no filters.
 */
@Path("constant")
public class ConstantResource {

    private static final byte[] BODY = constant(Integer.getInteger("bench.constant.bytes", 1000));

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public byte[] constant() {
        return BODY;
    }

    static byte[] constant(int size) {
        var json = new StringBuilder("{\"constant\":\"");
        while (json.length() < size - 2) {
            json.append('x');
        }
        return json.append("\"}").toString().getBytes(StandardCharsets.US_ASCII);
    }
}
