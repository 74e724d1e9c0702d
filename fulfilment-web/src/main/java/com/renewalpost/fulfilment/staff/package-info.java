/** Staff: accounts (the first admin created when the database is ready), API keys, sessions, the check of roles (whose names are platform's Roles) and the audit log. */
package com.renewalpost.fulfilment.staff;
