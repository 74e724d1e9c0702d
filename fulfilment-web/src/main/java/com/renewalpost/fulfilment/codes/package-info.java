/** Activation-code stock: the SGP.22 and voucher rules, encryption at rest, import, atomic allocation, levels. */
package com.renewalpost.fulfilment.codes;
