/** Printed documents of Renewal Post: records in, PDF and ZPL bytes out; the shared configuration records live here. */
package com.renewalpost.labels;
