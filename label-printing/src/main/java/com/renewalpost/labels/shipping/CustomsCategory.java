package com.renewalpost.labels.shipping;

/** The boxes of a CN22, one of which is ticked. */
public enum CustomsCategory {
    GIFT("Gift"),
    DOCUMENTS("Documents"),
    COMMERCIAL_SAMPLE("Commercial sample"),
    OTHER("Other");

    private final String printed;

    CustomsCategory(String printed) {
        this.printed = printed;
    }

    /** As printed beside the box. */
    public String printed() {
        return printed;
    }
}
