/** PDF drawing shared by every document: fitting text into a box by shrinking and wrapping, and streaming pages out. */
package com.renewalpost.labels.pdf;
