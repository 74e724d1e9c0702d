/**
 * System tests: HTTP and a real browser (Debian's chromium through Selenium) against one
 * application server started once for the whole test run ({@link com.renewalpost.fulfilment.system.SystemServer}).
 */
package com.renewalpost.fulfilment.system;
