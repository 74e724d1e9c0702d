/**
 * Client-side Arquillian extension: consecutive in-container test classes that ask for the same
 * deployment share one Payara Micro instead of starting one each. Kept out of the {@code it} package
 * so that the test deployments (which add that package) never carry Arquillian's client SPI.
 */
package com.renewalpost.fulfilment.it.reuse;
