package com.renewalpost.labels.address;

/** The parts of a postal address that a country's layout can place and require. */
public enum AddressField {
    NAME("Name"),
    ORGANISATION("Organisation"),
    STREET("Street address"),
    DEPENDENT_LOCALITY("District"),
    CITY("City"),
    REGION("State, province or region"),
    POSTCODE("Postcode");

    private final String label;

    AddressField(String label) {
        this.label = label;
    }

    /** The field's name as a person reads it in a problem message. */
    public String label() {
        return label;
    }

    /** The field a libaddressinput layout letter stands for (N O A D C S Z), or null for letters this project ignores. */
    static AddressField forLayoutCode(char code) {
        return switch (code) {
            case 'N' -> NAME;
            case 'O' -> ORGANISATION;
            case 'A' -> STREET;
            case 'D' -> DEPENDENT_LOCALITY;
            case 'C' -> CITY;
            case 'S' -> REGION;
            case 'Z' -> POSTCODE;
            default -> null;
        };
    }
}
