package org.peerlearning.deidentification;

/** How found PHI is written in the de-identified text. */
public enum TextDeidentificationMode {
    /** Each span becomes its category tag, e.g. {@code [PATIENT NAME]}. */
    TAGS,
    /**
     * Each span becomes a realistic stand-in: the same original gets the same stand-in within a
     * case, and dates move by one offset per case so intervals between them survive.
     */
    SURROGATES
}
