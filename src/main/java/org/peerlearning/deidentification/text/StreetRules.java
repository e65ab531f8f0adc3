package org.peerlearning.deidentification.text;

import java.util.List;
import java.util.Set;

import org.peerlearning.deidentification.PhiCategory;

/**
 * Street names written without a house number: "lives on York Rd", "off charles st", "home on elm
 * street". A street is one to three words between a preposition of where (on, off, near, along)
 * and a street word; numbered addresses are {@link StructuredPatterns}' work.
 */
final class StreetRules {

    private static final Set<String> STREET_WORDS = Set.copyOf(List.of("road", "rd", "street", "st", "avenue", "ave",
            "boulevard", "blvd", "lane", "ln", "drive", "parkway", "pkwy", "pike", "highway", "hwy", "terrace",
            "crescent", "circle", "turnpike", "expressway", "rue", "chemin"));
    private static final Set<String> WHERE = Set.copyOf(List.of("on", "off", "near", "along", "onto", "at"));
    /** What follows "ST" when it is the ECG segment: "ST elevations", "ST changes". */
    private static final Set<String> SEGMENT = Set.copyOf(List.of("elevation", "elevations", "depression", "depressions",
            "changes", "change", "segment", "segments", "wave", "waves", "abnormality", "abnormalities"));

    private final TokenView v;
    private final Tokens t;
    private final List<Candidate> out;

    StreetRules(TokenView view, List<Candidate> out) {
        this.v = view;
        this.t = view.t;
        this.out = out;
    }

    void find() {
        for (int i = 1; i < t.size; i++) {
            if (!t.isWord(i) || !STREET_WORDS.contains(t.lower[i]) || t.isWord(i + 1) && SEGMENT.contains(t.lower[i + 1])) {
                continue;
            }
            int k = i - 1;
            while (k >= 0 && i - k <= 3 && streetNameWord(k) && t.sameLine(k, i)) {
                k--;
            }
            // the street word outranks a credential ("York RD") and a name rule's guess at the street's name
            if (k < i - 1 && k >= 0 && t.isWord(k) && WHERE.contains(t.lower[k]) && t.sameLine(k, i)) {
                int end = t.isMark(i + 1, '.') && t.touching(i) ? i + 1 : i;
                out.add(v.span(k + 1, end, PhiCategory.ADDRESS, Candidate.STRONG_CONTEXT));
            }
        }
    }

    private boolean streetNameWord(int k) {
        if (!t.isWord(k) || t.lower[k].length() < 2 || v.isFunctionWord(k) || v.clinicalPhrase[k] || v.clinicalWord[k]
                || v.lex.clinicalWords.contains(t.lower[k]) || STREET_WORDS.contains(t.lower[k]) || WHERE.contains(t.lower[k])
                || v.camelCase(k)) {
            return false;
        }
        return !v.mixed(k) || t.capitalised(k);
    }
}
