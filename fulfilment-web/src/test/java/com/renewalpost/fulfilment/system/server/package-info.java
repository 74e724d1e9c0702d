/**
 * What the system tests add to the application they run against (never part of the product):
 * the movable clock, a control servlet to move it and run the scheduled checks at once, and a way
 * to add products.
 */
package com.renewalpost.fulfilment.system.server;
