package com.renewalpost.fulfilment.postage;

import java.util.Optional;

/** The postal product a letter travels with; tracked services carry a UPU S10 number. */
public enum PostalService {
    STANDARD_LETTER(null),
    TRACKED_LETTER("L"),
    REGISTERED_LETTER("R");

    private final String s10ServiceLetter;

    PostalService(String s10ServiceLetter) {
        this.s10ServiceLetter = s10ServiceLetter;
    }

    /** The first letter of the S10 service indicator, when the service is tracked. */
    public Optional<String> s10ServiceLetter() {
        return Optional.ofNullable(s10ServiceLetter);
    }

    public boolean tracked() {
        return s10ServiceLetter != null;
    }
}
