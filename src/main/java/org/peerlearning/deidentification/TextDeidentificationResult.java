package org.peerlearning.deidentification;

import java.util.List;

/** The de-identified text and the spans of the input that were replaced, in text order. */
public record TextDeidentificationResult(String text, List<PhiFinding> findings) {

    public TextDeidentificationResult {
        findings = List.copyOf(findings);
    }
}
