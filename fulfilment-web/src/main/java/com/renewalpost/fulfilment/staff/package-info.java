/** Staff: accounts, roles, API keys, sessions and the audit log. */
package com.renewalpost.fulfilment.staff;
