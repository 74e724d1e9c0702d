/** Per-country postal address rules: required parts, postcode patterns and the Latin upper-case lines printed on a label. */
package com.renewalpost.labels.address;
