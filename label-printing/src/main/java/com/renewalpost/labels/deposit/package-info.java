/** The bank deposit slip of a day's cheques and money orders, with totals per currency. */
package com.renewalpost.labels.deposit;
