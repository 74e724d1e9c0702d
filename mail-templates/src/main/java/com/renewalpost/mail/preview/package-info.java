/** Sample data and a command that render every customer email in every language, for staff to look at. */
package com.renewalpost.mail.preview;
