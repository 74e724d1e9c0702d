/** The dashboard: the figures and charts staff see first, read from the other components. */
package com.renewalpost.fulfilment.dashboard;
