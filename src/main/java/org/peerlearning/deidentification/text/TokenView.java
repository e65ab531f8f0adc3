package org.peerlearning.deidentification.text;

import java.util.List;
import java.util.Set;

import org.peerlearning.deidentification.PhiCategory;

/**
 * The tokens of one text with what the word lists say about each: its line's style, whether an
 * allow-listed clinical term covers it, and whether it could be part of a name.
 */
final class TokenView {

    /** Words that never start or continue a name, even after a title. */
    static final Set<String> FUNCTION_WORDS = Set.copyOf(List.of("the", "a", "an", "and", "or", "to", "from", "in", "on", "at",
            "by", "with", "w", "for", "of", "is", "was", "are", "were", "be", "been", "has", "had", "have", "he", "she",
            "his", "her", "him", "they", "them", "their", "this", "that", "these", "those", "it", "its", "aware",
            "notified", "called", "spoke", "said", "says", "per", "team", "today", "tonight", "re", "out", "also",
            "will", "would", "can", "could", "not", "no", "yes", "here", "there", "who", "which", "what", "when",
            "made", "paged", "informed", "updated", "into", "up", "as", "so", "if", "but", "did", "does", "do",
            "ok", "office", "service", "team's", "s", "re:", "x", "i", "me", "my", "we", "our", "you", "your", "all",
            "pt", "patient", "family", "md", "rn", "np", "on-call", "covering", "fellow", "resident", "attending",
            "de", "du", "le", "la", "les", "et", "au", "aux", "est", "en", "par", "pour", "avec", "sur", "dans"));

    final Tokens t;
    final Lexicon lex;
    final TextStyle[] style;
    /** Token covered by a multi-word allow-listed clinical term: never PHI short of known identifiers. */
    final boolean[] clinicalPhrase;
    /** Token that is a single-word allow-listed term: PHI only after a title or in a signature. */
    final boolean[] clinicalWord;

    TokenView(Tokens t, Lexicon lex) {
        this.t = t;
        this.lex = lex;
        this.style = TextStyle.ofLines(t);
        this.clinicalPhrase = new boolean[t.size];
        this.clinicalWord = new boolean[t.size];
        markClinicalTerms();
    }

    private void markClinicalTerms() {
        for (int i = 0; i < t.size; i++) {
            if (!t.isWord(i)) {
                continue;
            }
            List<String[]> terms = lex.clinicalTerms.get(t.lower[i]);
            if (terms == null) {
                continue;
            }
            for (String[] term : terms) {
                int last = matchPhrase(i, term);
                if (last >= 0 && lex.isRegion(String.join(" ", term)) && t.is(last + 1, "city")) {
                    continue; // a state's name before "city" names a city: New York City, Quebec City
                }
                if (last >= 0) {
                    boolean[] target = term.length == 1 ? clinicalWord : clinicalPhrase;
                    for (int k = i; k <= last; k++) {
                        target[k] = true;
                    }
                    break;
                }
            }
        }
    }

    /** The index of the last token of {@code words} starting at token i (marks between skipped), or -1. */
    int matchPhrase(int i, String[] words) {
        int k = i;
        for (int w = 0; w < words.length; w++) {
            while (k < t.size && t.kind[k] == Tokens.MARK && w > 0 && k > i) {
                k++;
            }
            if (k >= t.size || t.kind[k] == Tokens.MARK || !words[w].equals(text(k))) {
                return -1;
            }
            if (w < words.length - 1) {
                k++;
            }
        }
        return k;
    }

    String text(int i) {
        return t.kind[i] == Tokens.WORD ? t.lower[i] : t.text.substring(t.start[i], t.end[i]);
    }

    boolean mixed(int i) {
        return style[i] == TextStyle.MIXED;
    }

    boolean isFunctionWord(int i) {
        return t.isWord(i) && FUNCTION_WORDS.contains(t.lower[i]);
    }

    boolean english(int i) {
        return lex.isEnglish(t.lower[i]);
    }

    /** Written the way a name is written on its line: capitalised in mixed case, anything otherwise. */
    boolean shapedLikeName(int i) {
        if (!t.isWord(i) || camelCase(i)) {
            return false;
        }
        if (!mixed(i)) {
            return true;
        }
        return t.capitalised(i);
    }

    /** A capital that stands out: a capitalised word (not all capitals) on a line not written in capitals. */
    boolean capitalSignal(int i) {
        return t.isWord(i) && style[i] != TextStyle.UPPER && t.capitalised(i) && !t.allUpper(i) && !camelCase(i);
    }

    /** "PaCO2", "mEq": inner capitals after lower case are units and chemistry, not names (McLeod is). */
    boolean camelCase(int i) {
        String w = t.text.substring(t.start[i], t.end[i]);
        for (int p = 2; p < w.length(); p++) {
            if (Character.isUpperCase(w.charAt(p)) && Character.isLowerCase(w.charAt(p - 1))
                    && !(w.startsWith("Mc") || w.startsWith("Mac") || w.startsWith("De") || w.startsWith("Le")
                    || w.startsWith("La") || w.startsWith("Van") || w.contains("'"))) {
                return true;
            }
        }
        return false;
    }

    /** A word that may be a name right after a strong cue such as "Dr." (English words too: Dr. Small). */
    boolean acceptableAfterTitle(int i) {
        return t.isWord(i) && !isFunctionWord(i) && !clinicalPhrase[i] && !lex.clinicalWords.contains(t.lower[i])
                && (!mixed(i) || t.capitalised(i) || !english(i) || lex.isAnyName(t.lower[i]));
    }

    /** Town-name endings: Catonsville, Pikesville, Randallstown, Williamsburg. */
    boolean townShaped(int i) {
        String w = t.lower[i];
        return w.length() >= 6 && !english(i) && (w.endsWith("ville") || w.endsWith("town") || w.endsWith("ton")
                || w.endsWith("burg") || w.endsWith("boro") || w.endsWith("borough") || w.endsWith("ford")
                || w.endsWith("field") || w.endsWith("wood") || w.endsWith("dale") || w.endsWith("land")
                || w.endsWith("mont") || w.endsWith("port") || w.endsWith("chester") || w.endsWith("shire")
                || w.endsWith("view") || w.endsWith("vale") || w.endsWith("brook") || w.endsWith("berg"));
    }

    /** A word that looks like a name on its own evidence: in the name lists or not an English word. */
    boolean nameEvidence(int i) {
        if (!t.isWord(i) || isFunctionWord(i) || clinicalPhrase[i] || clinicalWord[i]) {
            return false;
        }
        String w = t.lower[i];
        if (lex.clinicalWords.contains(w)) {
            return false;
        }
        return lex.isAnyName(w) && (!lex.englishWords.contains(w) || capitalSignal(i))
                || !lex.englishWords.contains(w) && w.length() >= 3;
    }

    /** A name-list word that is not also an English word: the dictionary rule's evidence. */
    boolean plainGivenName(int i) {
        String w = t.lower[i];
        return w.length() >= 3 && lex.isGivenName(w) && !lex.isEnglish(w) && !clinicalPhrase[i] && !clinicalWord[i];
    }

    boolean plainSurname(int i) {
        String w = t.lower[i];
        return w.length() >= 3 && lex.isSurname(w) && !lex.isEnglish(w) && !clinicalPhrase[i] && !clinicalWord[i];
    }

    /** Index of the next non-mark token after i skipping the given marks, or -1. */
    int skipMarks(int i, String marks) {
        int k = i;
        while (k < t.size && t.kind[k] == Tokens.MARK && marks.indexOf(t.text.charAt(t.start[k])) >= 0) {
            k++;
        }
        return k < t.size ? k : -1;
    }

    /**
     * The last token of a name starting at token i: follows hyphens written tight (Forman-Lyons)
     * and "O' Rourke"-style pieces.
     */
    int nameEnd(int i) {
        int k = i;
        while (k + 2 < t.size && t.touching(k) && t.isMark(k + 1, '-') && t.touching(k + 1) && t.isWord(k + 2)) {
            k += 2;
        }
        return k;
    }

    /**
     * Takes a first name token at k (already accepted) and the name-like tokens after it on the
     * same line: initials with a period, surnames, hyphenated parts.
     */
    int takeName(int k, boolean firstAccepted) {
        int end = nameEnd(k);
        int taken = 1;
        int next = end + 1;
        while (taken < 3 && next < t.size && t.sameLine(end, next)) {
            if (t.isWord(next) && t.lower[next].length() == 1 && t.isMark(next + 1, '.') && t.isWord(next + 2)
                    && t.sameLine(next, next + 2) && nameEvidence(next + 2)) {
                // a middle initial: "Robert V. Degiorgio"
                end = nameEnd(next + 2);
                next = end + 1;
                taken += 2;
                continue;
            }
            if (taken == 1 && t.isMark(next, ',') && t.touching(end) && t.isWord(next + 1) && t.sameLine(end, next + 1)
                    && shapedLikeName(next + 1) && lex.isGivenName(t.lower[next + 1])
                    && !lex.clinicalWords.contains(t.lower[next + 1])) {
                // "Wood,Melissa C." and "Tremblay, Benoit": family name first
                end = nameEnd(next + 1);
                next = end + 1;
                taken++;
                continue;
            }
            boolean usable = t.isWord(next) && !isFunctionWord(next) && !lex.clinicalWords.contains(t.lower[next])
                    && !clinicalPhrase[next];
            if (usable && firstAccepted && taken == 1 && mixed(next) && !t.capitalised(next) && t.lower[next].length() >= 3
                    && lex.isAnyName(t.lower[next]) && !english(next) && !clinicalWord[next]) {
                end = nameEnd(next); // "Mr. Santoro hanisch": a family name typed in lower case after a title
                next = end + 1;
                taken++;
                continue;
            }
            if (usable && (shapedLikeName(next) && nameEvidence(next) && !english(next)
                    || capitalSignal(next) && (firstAccepted || lex.isAnyName(t.lower[next]))
                    || taken == 1 && lex.isGivenName(t.lower[k]) && (lex.isSurname(t.lower[next])
                    || lex.everydaySurnames.contains(t.lower[next])) && shapedLikeName(next))) {
                end = nameEnd(next);
                next = end + 1;
                taken++;
                continue;
            }
            break;
        }
        return end;
    }

    Candidate span(int from, int to, PhiCategory category, int priority) {
        return new Candidate(t.start[from], t.end[to], category, priority);
    }
}
