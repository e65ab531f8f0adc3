package org.peerlearning.deidentification.text;

import org.peerlearning.deidentification.PhiCategory;

/**
 * A span some rule believes is PHI. Priority settles overlaps: the exam's own identifiers beat
 * structured patterns, which beat contextual rules, which beat dictionary guesses.
 */
record Candidate(int start, int end, PhiCategory category, int priority) {

    static final int DICTIONARY = 10;
    static final int CONTEXT = 20;
    static final int STRONG_CONTEXT = 30;
    static final int PATTERN = 40;
    static final int KNOWN = 50;
}
