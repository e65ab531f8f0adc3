package org.peerlearning.deidentification;

/**
 * One span of protected health information found in a text: offsets into the input text, end
 * exclusive.
 */
public record PhiFinding(int start, int end, PhiCategory category) {

    public PhiFinding {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("a finding needs 0 <= start < end");
        }
        if (category == null) {
            throw new IllegalArgumentException("a finding needs a category");
        }
    }

    public int length() {
        return end - start;
    }

    public boolean overlaps(int otherStart, int otherEnd) {
        return start < otherEnd && otherStart < end;
    }
}
