/** The dashboard: the figures and charts staff see first, read from the other components in
 * one transaction ({@code DashboardFigures}). */
package com.renewalpost.fulfilment.dashboard;
