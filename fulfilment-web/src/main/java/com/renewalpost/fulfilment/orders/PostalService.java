package com.renewalpost.fulfilment.orders;

import java.util.Optional;

/** The postal product a letter travels with; tracked services carry a UPU S10 number. */
public enum PostalService {
    STANDARD_LETTER(null, "Letter post"),
    TRACKED_LETTER("L", "Tracked letter"),
    REGISTERED_LETTER("R", "Registered letter");

    private final String s10ServiceLetter;
    private final String printedName;

    PostalService(String s10ServiceLetter, String printedName) {
        this.s10ServiceLetter = s10ServiceLetter;
        this.printedName = printedName;
    }

    /** The service as printed on labels and manifests. */
    public String printedName() {
        return printedName;
    }

    /**
     * The service band of a label: the service alone within the sender's country, marked international when the
     * letter crosses a border, so that the post sorts it to the outward exchange.
     */
    public String printedName(boolean international) {
        return international ? "International " + Character.toLowerCase(printedName.charAt(0)) + printedName.substring(1)
                : printedName;
    }

    /** The first letter of the S10 service indicator, when the service is tracked. */
    public Optional<String> s10ServiceLetter() {
        return Optional.ofNullable(s10ServiceLetter);
    }

    public boolean tracked() {
        return s10ServiceLetter != null;
    }
}
