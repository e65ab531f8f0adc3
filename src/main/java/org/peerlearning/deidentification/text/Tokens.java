package org.peerlearning.deidentification.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * One left-to-right pass that cuts a text into words (letters, with inner apostrophes), numbers
 * and single punctuation marks, remembering where each starts and ends. The rules then look at
 * neighbouring tokens instead of re-scanning the text.
 */
final class Tokens {

    static final byte WORD = 1;
    static final byte NUMBER = 2;
    static final byte MARK = 3;

    final String text;
    final int size;
    final int[] start;
    final int[] end;
    final byte[] kind;
    /** Lower-case form of each word token (null for numbers and marks). */
    final String[] lower;
    /** Whether a line break lies between token i-1 and token i. */
    final boolean[] newLineBefore;

    Tokens(String text) {
        this.text = text;
        int capacity = Math.max(16, text.length() / 3);
        int[] s = new int[capacity];
        int[] e = new int[capacity];
        byte[] k = new byte[capacity];
        boolean[] nl = new boolean[capacity];
        int n = 0;
        boolean sawNewLine = true;
        int i = 0;
        int length = text.length();
        while (i < length) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '~') {
                // HL7 report text uses "~" for line breaks.
                sawNewLine = true;
                i++;
                continue;
            }
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            int from = i;
            byte type;
            if (Character.isLetter(c)) {
                i++;
                while (i < length) {
                    char d = text.charAt(i);
                    if (Character.isLetter(d)) {
                        i++;
                    } else if ((d == '\'' || d == '\u2019') && i + 1 < length && Character.isLetter(text.charAt(i + 1))) {
                        i += 2;
                    } else {
                        break;
                    }
                }
                type = WORD;
            } else if (c >= '0' && c <= '9') {
                i++;
                while (i < length && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
                    i++;
                }
                type = NUMBER;
            } else {
                i++;
                type = MARK;
            }
            if (n == s.length) {
                int grown = n * 2;
                s = Arrays.copyOf(s, grown);
                e = Arrays.copyOf(e, grown);
                k = Arrays.copyOf(k, grown);
                nl = Arrays.copyOf(nl, grown);
            }
            s[n] = from;
            e[n] = i;
            k[n] = type;
            nl[n] = sawNewLine;
            sawNewLine = false;
            n++;
        }
        this.size = n;
        this.start = s;
        this.end = e;
        this.kind = k;
        this.newLineBefore = nl;
        this.lower = new String[n];
        for (int t = 0; t < n; t++) {
            if (k[t] == WORD) {
                lower[t] = text.substring(s[t], e[t]).toLowerCase(Locale.ROOT);
            }
        }
    }

    boolean isWord(int i) {
        return i >= 0 && i < size && kind[i] == WORD;
    }

    boolean isMark(int i, char c) {
        return i >= 0 && i < size && kind[i] == MARK && text.charAt(start[i]) == c;
    }

    boolean is(int i, String lowerWord) {
        return isWord(i) && lower[i].equals(lowerWord);
    }

    /** Whether tokens i and i+1 touch (no space between them). */
    boolean touching(int i) {
        return i >= 0 && i + 1 < size && end[i] == start[i + 1];
    }

    boolean sameLine(int i, int j) {
        for (int t = Math.min(i, j) + 1; t <= Math.max(i, j); t++) {
            if (newLineBefore[t]) {
                return false;
            }
        }
        return true;
    }

    boolean capitalised(int i) {
        return Character.isUpperCase(text.charAt(start[i]));
    }

    boolean allUpper(int i) {
        for (int p = start[i]; p < end[i]; p++) {
            if (Character.isLowerCase(text.charAt(p))) {
                return false;
            }
        }
        return true;
    }

    /** The lower-case words of a short phrase, as the tokenizer would cut them. */
    static String[] words(String phrase) {
        Tokens tokens = new Tokens(phrase);
        List<String> words = new ArrayList<>();
        for (int i = 0; i < tokens.size; i++) {
            if (tokens.kind[i] != MARK) {
                words.add(tokens.text.substring(tokens.start[i], tokens.end[i]).toLowerCase(Locale.ROOT));
            }
        }
        return words.toArray(String[]::new);
    }
}
