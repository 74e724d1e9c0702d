package com.renewalpost.bench.trivial;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * The platform's limit for benchmark 4: the same Payara Micro serving the smallest JAX-RS
 * application there is. Built and deployed only by bench/run, never part of the product.
 */
@ApplicationPath("api")
public class TrivialApplication extends Application {
}
