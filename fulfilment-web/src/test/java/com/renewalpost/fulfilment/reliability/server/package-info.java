/**
 * What the reliability tests add to their copy of the WAR: a clock all instances share, moved
 * forward by the test. Nothing else of the tests enters the servers.
 */
package com.renewalpost.fulfilment.reliability.server;
