package org.peerlearning.deidentification.text;

import java.util.List;
import java.util.Set;

import org.peerlearning.deidentification.PhiCategory;

import static org.peerlearning.deidentification.text.PlaceCues.*;

/**
 * Finds facilities ("Kernan hosp", "Holy Cross Hospital", "St. Agnes"), places of the gazetteer,
 * holidays and employers. Where people move from or to ("transferred to GH", "son from
 * Pikesville") is {@link MoveRules}' work.
 */
final class PlaceRules {

    private final TokenView v;
    private final Tokens t;
    private final List<Candidate> out;

    PlaceRules(TokenView view, List<Candidate> out) {
        this.v = view;
        this.t = view.t;
        this.out = out;
    }

    void find() {
        for (int i = 0; i < t.size; i++) {
            if (!t.isWord(i)) {
                continue;
            }
            String w = t.lower[i];
            gazetteer(i);
            holiday(i);
            if (FACILITY_HEADS.contains(w)) {
                beforeFacilityHead(i);
                if (t.isMark(i + 1, '(') && !w.equals("home") && !w.equals("health") && !w.equals("living")) {
                    inBrackets(i + 2);
                }
            }
            if ((w.equals("university") || w.equals("college") || w.equals("u")) && t.is(i + 1, "of") && t.isWord(i + 2)
                    && t.sameLine(i, i + 2) && t.lower[i + 2].length() >= 2 && (v.lex.places.containsKey(t.lower[i + 2]) || v.capitalSignal(i + 2)
                    || !v.english(i + 2) && !v.lex.clinicalWords.contains(t.lower[i + 2])
                    || t.allUpper(i + 2) && !v.mixed(i + 2) || t.is(i + 2, "md"))) {
                int end = i + 2;
                while (v.lex.places.containsKey(t.lower[end]) && t.isWord(end + 1) && v.lex.places.containsKey(t.lower[end] + " " + t.lower[end + 1])) {
                    end++;
                }
                out.add(v.span(i, end, PhiCategory.FACILITY, Candidate.CONTEXT));
            }
            if (w.equals("st") || w.equals("saint") || w.equals("ste") || w.equals("mt") || w.equals("mount")) {
                saint(i);
            }
            if ((w.equals("ew") || w.equals("e.w")) && i > 0 && t.isWord(i - 1) && t.lower[i - 1].length() >= 4
                    && v.nameEvidence(i - 1) && !v.english(i - 1) && !NOT_PLACES.contains(t.lower[i - 1])
                    && !v.lex.clinicalWords.contains(t.lower[i - 1]) && (!v.mixed(i - 1) || t.capitalised(i - 1))) {
                out.add(v.span(i - 1, i - 1, PhiCategory.LOCATION, Candidate.CONTEXT)); // "Drokasha EW": its emergency ward
            }
            if (EMPLOYMENT.contains(w) && (t.is(i + 1, "of") || t.is(i + 1, "at") || t.is(i + 1, "for") || t.is(i + 1, "by")
                    || t.is(i + 1, "from") || t.is(i + 1, "with"))) {
                employer(i + 1);
            }
            if (w.length() >= 3 && w.length() <= 6 && w.endsWith("mc") && (t.allUpper(i) || !v.mixed(i)) && !v.english(i)
                    && !v.lex.clinicalWords.contains(w)) {
                // "GBMC", "UMMC", "HCMC": the initials of a "... Medical Center"
                out.add(v.span(i, i, PhiCategory.FACILITY, Candidate.CONTEXT));
            }
        }
    }

    private void gazetteer(int i) {
        // Lower case counts in mixed-case lines only for names that are no English word
        // ("baltimore") and for facility names of several words ("holy cross").
        if (v.clinicalPhrase[i] || v.mixed(i) && !t.capitalised(i) && v.english(i)
                && !(t.isWord(i + 1) && v.lex.facilities.containsKey(t.lower[i]))) {
            return;
        }
        if (!phrase(i, v.lex.facilities.get(t.lower[i]), PhiCategory.FACILITY)
                && !phrase(i, v.lex.places.get(t.lower[i]), PhiCategory.LOCATION)) {
            town(i);
        }
    }

    private void holiday(int i) {
        List<String[]> entries = v.lex.holidays.get(t.lower[i]);
        if (entries == null || v.mixed(i) && !t.capitalised(i)) {
            return;
        }
        for (String[] entry : entries) {
            int last = v.matchPhrase(i, entry);
            if (last >= 0) {
                out.add(v.span(i, last, PhiCategory.DATE, Candidate.CONTEXT + 1));
                return;
            }
        }
    }

    /** The company or school after an employment cue: one or two capitalised or unknown words. */
    private void employer(int preposition) {
        int k = preposition + 1;
        if (t.is(k, "the")) {
            k++;
        }
        if (!t.isWord(k) || !t.sameLine(preposition, k) || v.isFunctionWord(k) || v.clinicalPhrase[k] || v.clinicalWord[k]
                || v.lex.clinicalWords.contains(t.lower[k]) || NOT_PLACES.contains(t.lower[k])) {
            return;
        }
        boolean named = v.mixed(k) ? t.capitalised(k) && (!v.english(k) || t.allUpper(k) || v.capitalSignal(k))
                : !v.english(k) && t.lower[k].length() >= 2;
        if (!named) {
            return;
        }
        int end = k;
        if (t.isWord(k + 1) && t.sameLine(k, k + 1) && !v.isFunctionWord(k + 1) && (v.mixed(k + 1) ? v.capitalSignal(k + 1)
                : !v.english(k + 1) || FACILITY_WORDS.contains(t.lower[k + 1]) || TRAILING.contains(t.lower[k + 1]))) {
            end = k + 1;
        }
        out.add(v.span(k, end, PhiCategory.LOCATION, Candidate.CONTEXT));
    }

    /** A city or town of the public gazetteer: capitalised in mixed-case lines, any case elsewhere. */
    private void town(int i) {
        if (v.mixed(i) && !t.capitalised(i) || v.clinicalWord[i]) {
            return; // before the look-up: the list is large, and most words of mixed-case prose are lower case
        }
        List<String[]> entries = v.lex.towns.get(t.lower[i]);
        if (entries == null || v.isFunctionWord(i) && !t.capitalised(i)) {
            return;
        }
        for (String[] entry : entries) {
            int last = v.matchPhrase(i, entry);
            if (last >= 0 && (!v.mixed(i) || capitalisedWords(i, last))) {
                out.add(v.span(i, last, PhiCategory.LOCATION, Candidate.DICTIONARY));
                return;
            }
        }
    }

    private boolean capitalisedWords(int from, int to) {
        for (int k = from; k <= to; k++) {
            if (t.isWord(k) && !t.capitalised(k) && !v.isFunctionWord(k)) {
                return false;
            }
        }
        return true;
    }

    private boolean phrase(int i, List<String[]> entries, PhiCategory category) {
        if (entries == null) {
            return false;
        }
        for (String[] entry : entries) {
            int last = v.matchPhrase(i, entry);
            if (last >= 0) {
                // "Sacred Heart Memorial", "Holy Cross Hospital": the head joins the name.
                while (t.isWord(last + 1) && t.sameLine(last, last + 1) && (FACILITY_HEADS.contains(t.lower[last + 1])
                        || FACILITY_WORDS.contains(t.lower[last + 1]) || TRAILING.contains(t.lower[last + 1]))
                        && (v.capitalSignal(last + 1) || !v.mixed(last + 1) || t.is(last + 1, "memorial"))) {
                    last++; // "Sacred Heart Memorial", "Trillium Health Partners"
                }
                out.add(v.span(i, last, category, Candidate.CONTEXT));
                return true;
            }
        }
        return false;
    }

    /** "Calvert Hospital", "kernan hosp", "Keeley House", "Carpenter Assisted living". */
    private void beforeFacilityHead(int head) {
        String w = t.lower[head];
        if (w.equals("house") && (t.is(head + 1, "staff") || t.is(head + 1, "officer"))
                || (w.equals("home") || w.equals("living") || w.equals("health") || w.equals("healthcare"))
                && !(t.is(head - 1, "nursing") || t.is(head - 1, "assisted") || t.is(head - 1, "group")
                || t.is(head - 1, "retirement") || t.is(head - 1, "care") || v.mixed(head) && t.capitalised(head))) {
            return;
        }
        int k = head - 1;
        boolean generic = false;
        if (t.is(k, "nursing") || t.is(k, "assisted") || t.is(k, "group") || t.is(k, "retirement") || t.is(k, "care")
                || t.is(k, "medical") || t.is(k, "general") || t.is(k, "memorial") || t.is(k, "community")) {
            generic = t.is(k, "memorial") || t.is(k, "general") || t.is(k, "community");
            k--;
        }
        int start = generic ? k + 1 : -1;
        int taken = 0;
        while (k >= 0 && taken < 3 && t.isWord(k) && t.sameLine(k, head) && facilityNamePart(k)) {
            start = k;
            taken++;
            k--;
            if (t.isMark(k, '-') && t.touching(k) && t.isWord(k - 1)) {
                k--;
            }
        }
        if (start < 0) {
            return;
        }
        boolean headIsName = w.equals("memorial") || w.equals("general") || w.equals("house") || w.equals("campus");
        int end = headIsName || v.mixed(head) && t.capitalised(head) ? head : head - 1;
        while (end > start && !t.isWord(end)) {
            end--;
        }
        out.add(v.span(start, end, PhiCategory.FACILITY, Candidate.CONTEXT));
    }

    /** "rehab (Meadow Brook Manor)": the name of a facility given in brackets after its kind. */
    private void inBrackets(int k) {
        int end = k - 1;
        while (end + 1 < t.size && end - k < 3 && t.isWord(end + 1) && t.sameLine(k, end + 1) && facilityNamePart(end + 1)
                && (v.mixed(end + 1) || !v.english(end + 1) || FACILITY_WORDS.contains(t.lower[end + 1]))) {
            end++;
        }
        if (end >= k && t.isMark(end + 1, ')')) {
            out.add(v.span(k, end, PhiCategory.FACILITY, Candidate.CONTEXT));
        }
    }

    private boolean facilityNamePart(int k) {
        String w = t.lower[k];
        if (v.isFunctionWord(k) || v.clinicalPhrase[k] || NOT_PLACES.contains(w) || w.length() < 2) {
            return false;
        }
        if (v.mixed(k)) {
            // in lower case too when the word is in the names lists and no English word: "kessler hospital"
            return (t.capitalised(k) || v.lex.isAnyName(w) && !v.english(k) && w.length() >= 4
                    || hospitalAfter(k) && !v.english(k) && w.length() >= 5 && !v.clinicalWord[k])
                    && !v.lex.clinicalWords.contains(w);
        }
        return FACILITY_WORDS.contains(w) || !v.english(k) && !v.lex.clinicalWords.contains(w)
                && (v.lex.isAnyName(w) || v.townShaped(k) || w.length() >= 5 && !w.contains("'"))
                || v.lex.places.containsKey(w)
                // "WARREN GRANT HOSP": names that are also English words, right before a hospital
                || hospitalAfter(k) && (v.lex.isAnyName(w) || v.lex.everydaySurnames.contains(w)) && !v.lex.clinicalWords.contains(w);
    }

    private boolean hospitalAfter(int k) {
        for (int n = k + 1; n <= k + 3 && n < t.size; n++) {
            if (t.is(n, "hospital") || t.is(n, "hosp") || t.is(n, "hospiatal") || t.is(n, "hosptial") || t.is(n, "clinic")
                    || t.is(n, "infirmary")) {
                return true;
            }
            if (!t.isWord(n)) {
                return false;
            }
        }
        return false;
    }

    /** "St. Agnes", "St A.", "ST. MARY", "Mount Sinai"; not "ST elevation" nor "sinus tachycardia (ST)". */
    private void saint(int i) {
        if (i > 0 && t.touching(i - 1)) {
            return; // "1st AV block"
        }
        boolean period = t.isMark(i + 1, '.');
        int k = period ? i + 2 : i + 1;
        boolean initial = t.isWord(k) && t.lower[k].length() == 1 && t.isMark(k + 1, '.');
        if (!t.isWord(k) || !t.sameLine(i, k) || v.isFunctionWord(k) && !initial || v.lex.clinicalWords.contains(t.lower[k])) {
            return;
        }
        boolean single = t.lower[k].length() == 1 && t.isMark(k + 1, '.') && (t.is(i - 1, "at") || t.isMark(i - 1, '@')
                || t.is(i - 1, "to") || t.is(i - 1, "from"));
        boolean name = (v.mixed(k) ? t.capitalised(k) : period || v.lex.isAnyName(t.lower[k]))
                && (v.lex.isAnyName(t.lower[k].replace("'s", "")) || !v.english(k) || FACILITY_WORDS.contains(t.lower[k])
                || period && v.mixed(k));
        if (single || name && t.lower[k].length() > 1) {
            int end = k;
            if (t.isWord(k + 1) && t.sameLine(k, k + 1) && (FACILITY_HEADS.contains(t.lower[k + 1])
                    || v.mixed(k + 1) && t.capitalised(k + 1) && !v.english(k + 1))) {
                end = k + 1;
            }
            out.add(v.span(i, end, PhiCategory.FACILITY, Candidate.CONTEXT));
        }
    }

}
