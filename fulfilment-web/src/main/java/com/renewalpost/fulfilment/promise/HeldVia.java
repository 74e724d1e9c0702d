package com.renewalpost.fulfilment.promise;

/** How the customer first held their code: the letter delivered, or the code email accepted by the mail server. */
public enum HeldVia { LETTER, EMAIL }
