/** Activation-code stock: the SGP.22 and voucher rules, encryption at rest (keys opened when the database is ready), import, atomic allocation, levels, and an order's code revealed (REST under the order's path). */
package com.renewalpost.fulfilment.codes;
