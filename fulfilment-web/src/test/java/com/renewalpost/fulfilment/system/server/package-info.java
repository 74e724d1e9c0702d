/**
 * What the system tests add to the application they run against (never part of the product):
 * the movable clock and a control servlet to move it and run the scheduled checks at once.
 */
package com.renewalpost.fulfilment.system.server;
