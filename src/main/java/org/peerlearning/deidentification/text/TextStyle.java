package org.peerlearning.deidentification.text;

/**
 * How a line is written. Capitals mean something in mixed-case lines only: nursing notes and
 * old report systems often write everything in capitals, or everything in lower case.
 */
enum TextStyle {
    MIXED, UPPER, LOWER;

    /** The style of each token's line; short lines take the style of the whole text. */
    static TextStyle[] ofLines(Tokens t) {
        TextStyle[] styles = new TextStyle[t.size];
        TextStyle whole = classify(count(t, 0, t.size, true), count(t, 0, t.size, false));
        int lineStart = 0;
        for (int i = 1; i <= t.size; i++) {
            if (i == t.size || t.newLineBefore[i]) {
                int upper = count(t, lineStart, i, true);
                int lower = count(t, lineStart, i, false);
                TextStyle style = upper + lower < 12 ? whole : classify(upper, lower);
                for (int k = lineStart; k < i; k++) {
                    styles[k] = style;
                }
                lineStart = i;
            }
        }
        return styles;
    }

    private static TextStyle classify(int upper, int lower) {
        int letters = upper + lower;
        if (letters == 0) {
            return MIXED;
        }
        if (lower * 10 < letters) {
            return UPPER;
        }
        if (upper * 25 < letters) {
            return LOWER;
        }
        return MIXED;
    }

    private static int count(Tokens t, int from, int to, boolean upper) {
        int n = 0;
        for (int i = from; i < to; i++) {
            if (t.kind[i] != Tokens.WORD) {
                continue;
            }
            for (int p = t.start[i]; p < t.end[i]; p++) {
                char c = t.text.charAt(p);
                if (upper ? Character.isUpperCase(c) : Character.isLowerCase(c)) {
                    n++;
                }
            }
        }
        return n;
    }
}
