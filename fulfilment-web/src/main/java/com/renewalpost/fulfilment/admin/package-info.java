/**
 * The admin pages' common ground: the ADMIN-only rule every admin page bean carries
 * ({@link com.renewalpost.fulfilment.admin.AdminOnly}). The pages themselves live with the
 * component whose data they change (products in catalogue, accounts in staff, tariffs in postage...).
 */
package com.renewalpost.fulfilment.admin;
