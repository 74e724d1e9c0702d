/** Orders: the order aggregate, its one state machine and timeline, intake (REST, CSV), search and the print queue. */
package com.renewalpost.fulfilment.orders;
