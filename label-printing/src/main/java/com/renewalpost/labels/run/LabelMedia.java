package com.renewalpost.labels.run;

/** What the labels PDF of a print run is printed on. */
public enum LabelMedia {
    /** One 4x6 in label per page, for a thermal printer driven by PDF. */
    THERMAL_4X6,
    /** Two labels per A4 or US Letter sheet, for offices without a thermal printer. */
    SHEETS
}
