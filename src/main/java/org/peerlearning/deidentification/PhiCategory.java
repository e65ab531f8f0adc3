package org.peerlearning.deidentification;

/**
 * What kind of protected health information a span of report text holds. The tag is what the
 * TAGS output mode writes in place of the span.
 */
public enum PhiCategory {
    PATIENT_NAME("[PATIENT NAME]"),
    CLINICIAN_NAME("[CLINICIAN NAME]"),
    /** A person's name when the text does not say whose. */
    NAME("[NAME]"),
    DATE("[DATE]"),
    /** Ages over 89 only: younger ages are not identifying. */
    AGE("[AGE]"),
    MRN("[MRN]"),
    ACCESSION("[ACCESSION]"),
    OHIP("[OHIP]"),
    PHONE("[PHONE]"),
    EMAIL("[EMAIL]"),
    ADDRESS("[ADDRESS]"),
    POSTAL_CODE("[POSTAL CODE]"),
    FACILITY("[FACILITY]"),
    UID("[UID]"),
    ID("[ID]"),
    LOCATION("[LOCATION]");

    private final String tag;

    PhiCategory(String tag) {
        this.tag = tag;
    }

    public String tag() {
        return tag;
    }

    public boolean isName() {
        return this == PATIENT_NAME || this == CLINICIAN_NAME || this == NAME;
    }
}
