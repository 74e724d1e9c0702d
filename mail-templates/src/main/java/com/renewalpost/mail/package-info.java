/** Customer emails of Renewal Post: the input records, their FreeMarker templates and their rendering into MIME messages. */
package com.renewalpost.mail;
