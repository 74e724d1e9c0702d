/** The posting manifest: the items handed to the post office on one day, with totals and signature lines (cf. USPS PS Form 3877). */
package com.renewalpost.labels.manifest;
