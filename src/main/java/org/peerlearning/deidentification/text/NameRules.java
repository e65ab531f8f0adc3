package org.peerlearning.deidentification.text;

import java.util.List;
import java.util.Set;

import org.peerlearning.deidentification.PhiCategory;

import static org.peerlearning.deidentification.text.NameCues.*;

/**
 * Finds people's names from their context (titles, roles, relatives, signature lines, initials)
 * and, more cautiously, from the names dictionary alone.
 */
final class NameRules {

    private final TokenView v;
    private final Tokens t;
    private final List<Candidate> out;

    NameRules(TokenView view, List<Candidate> out) {
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
            if (CLINICIAN_TITLES.contains(w) || PERSON_TITLES.contains(w)) {
                afterTitle(i, CLINICIAN_TITLES.contains(w) ? PhiCategory.CLINICIAN_NAME : PhiCategory.NAME);
            } else if ((w.equals("patient") || w.equals("name") || w.equals("nom") || w.equals("patiente"))
                    && t.isMark(i + 1, ':')) {
                afterCue(i, PhiCategory.PATIENT_NAME);
            } else if (RELATIVES.contains(w)) {
                afterCue(i, PhiCategory.NAME);
            } else if (ROLES.contains(w) && !(i > 0 && t.touching(i - 1) && t.kind[i - 1] == Tokens.NUMBER)
                    && (!w.equals("cc") && !w.equals("copy") || t.isMark(i + 1, ':'))) {
                afterCue(i, PhiCategory.CLINICIAN_NAME);
            }
            if (w.endsWith("'s") && w.length() > 4 && t.isWord(i + 1) && (t.is(i + 1, "team") || t.is(i + 1, "service")
                    || t.is(i + 1, "np") || t.is(i + 1, "pa") || t.is(i + 1, "fellow") || t.is(i + 1, "resident")
                    || t.is(i + 1, "office") || t.is(i + 1, "partner") || t.is(i + 1, "group") || t.is(i + 1, "practice"))) {
                possessiveName(i);
            }
            if (w.equals("team") && t.isMark(i + 1, '(')) {
                afterCue(i, PhiCategory.CLINICIAN_NAME);
            }
            boolean mDotD = w.equals("m") && t.isMark(i + 1, '.') && t.is(i + 2, "d");
            if ((CREDENTIALS.contains(w) || mDotD) && !(i > 0 && t.touching(i - 1) && !t.isMark(i - 1, ','))
                    && (mDotD || isSignature(i))) {
                beforeCredential(i);
            }
            if (w.length() == 1 && t.isMark(i + 1, '.') && (i == 0 || !t.touching(i - 1))
                    && (Character.isUpperCase(t.text.charAt(t.start[i])) || !v.mixed(i))) {
                initialThenSurname(i);
            }
            if (t.isMark(i - 1, '(') && (RELATIVES.contains(w) || ROLES.contains(w)) && t.isMark(i + 1, ')')) {
                beforeRelation(i - 1);
            }
            if ((w.equals("family") || w.equals("famille")) && i > 0 && t.isWord(i - 1) && v.lex.isSurname(t.lower[i - 1])
                    && !v.lex.isEnglish(t.lower[i - 1]) && v.shapedLikeName(i - 1)) {
                out.add(v.span(i - 1, i - 1, PhiCategory.NAME, Candidate.CONTEXT));
            }
        }
        dictionaryNames();
        signatureLine();
    }

    /**
     * The last line of a note, when it holds nothing but a name: "Susan", "DAN FORMAN-LYONS",
     * "Q. Lander". Every word must look like a name and one must be in the names lists.
     */
    private void signatureLine() {
        int last = t.size - 1;
        while (last >= 0 && t.kind[last] == Tokens.MARK) {
            last--;
        }
        if (last < 0) {
            return;
        }
        int first = last;
        while (first > 0 && !t.newLineBefore[first]) {
            first--;
        }
        // A name signed after the last sentence on the same line: "... HEPARIN NOT 1400U/HR. SUSAN"
        for (int k = last; k > first; k--) {
            if (t.isMark(k, '.') && !(t.isWord(k - 1) && t.lower[k - 1].length() == 1) && last - k <= 4) {
                first = k + 1;
                break;
            }
        }
        int words = 0;
        boolean listed = false;
        for (int k = first; k <= last; k++) {
            if (t.kind[k] == Tokens.NUMBER) {
                return;
            }
            if (t.kind[k] == Tokens.MARK) {
                if (!t.isMark(k, '.') && !t.isMark(k, '-') && !t.isMark(k, ',') && !t.isMark(k, '/')) {
                    return;
                }
                continue;
            }
            String w = t.lower[k];
            if (w.length() == 1) {
                continue; // an initial
            }
            if (CREDENTIALS.contains(w) && k > first) {
                continue;
            }
            if (v.isFunctionWord(k) || v.clinicalPhrase[k] || v.clinicalWord[k] || v.lex.clinicalWords.contains(w)
                    || !v.shapedLikeName(k) || v.english(k) && !(v.lex.isAnyName(w) && v.capitalSignal(k))) {
                return;
            }
            listed |= v.lex.isAnyName(w);
            words++;
        }
        boolean unknown = words >= 1 && v.nameEvidence(last) && !v.english(last) && t.lower[last].length() >= 4
                && (t.allUpper(last) || t.capitalised(last));
        if (words >= 1 && words <= 3 && (listed || unknown) && last - first < 10) {
            int from = first;
            int to = last;
            while (from < to && (!t.isWord(from) || CREDENTIALS.contains(t.lower[from]))) {
                from++;
            }
            while (to > from && (!t.isWord(to) || CREDENTIALS.contains(t.lower[to]))) {
                to--;
            }
            out.add(v.span(from, to, PhiCategory.CLINICIAN_NAME, Candidate.CONTEXT));
        }
    }

    /** "Dr. Small", "Dr Ferdinand Halfpenny", "Drs' Ballou and Dutter", "Mr. Lomish". */
    private void afterTitle(int title, PhiCategory category) {
        if (t.isWord(title - 1) && t.lower[title - 1].equals("st")) {
            return;
        }
        if (t.isMark(title + 1, ':')) {
            return; // "MS: alert" is mental status
        }
        int k = v.skipMarks(title + 1, ".'’");
        // After a clinician's title the case of the next word says nothing: "Dr. white", "dr bell".
        boolean laxCase = !t.capitalised(title) || category == PhiCategory.CLINICIAN_NAME;
        if (k < 0 || !t.sameLine(title, k) || !(v.acceptableAfterTitle(k) || v.capitalSignal(k) && v.lex.isGivenName(t.lower[k])
                || laxCase && t.isWord(k)
                && !v.isFunctionWord(k) && !v.lex.clinicalWords.contains(t.lower[k]) && !v.clinicalPhrase[k]
                // a surname that is also a clinical abbreviation, written as a name: "Dr. Ho", "Dr Ng"
                || category == PhiCategory.CLINICIAN_NAME && v.capitalSignal(k) && !v.isFunctionWord(k) && !v.clinicalPhrase[k])) {
            return;
        }
        boolean personTitle = PERSON_TITLES.contains(t.lower[title]);
        // In mixed case a capital after "Mr."/"Mrs." is a name even when the word is English: "Mr. Needles".
        boolean capitalAfterTitle = personTitle && v.capitalSignal(k) && t.capitalised(title) && !t.allUpper(title)
                && !v.isFunctionWord(k) && !v.clinicalWord[k] && !v.lex.clinicalWords.contains(t.lower[k]);
        // On a line in one case, "mrs"/"mr." and a names word followed by what follows a subject: "mr. pitch is", "MRS SECTION FAIR,"
        boolean titledWord = personTitle && !v.mixed(k) && (t.is(title, "mrs") || t.isMark(title + 1, '.'))
                && (v.lex.isAnyName(t.lower[k]) || v.lex.everydaySurnames.contains(t.lower[k])) && !v.isFunctionWord(k)
                && !v.clinicalWord[k] && !v.lex.clinicalWords.contains(t.lower[k]) && subjectFollows(k + 1);
        if (personTitle && !v.nameEvidence(k) && !capitalAfterTitle && !titledWord) {
            return; // "MS STILL", "MR. Given": mental status and mitral regurgitation
        }
        int first = k;
        if (t.lower[k].length() == 1 && t.isMark(k + 1, '.') && t.isWord(k + 2) && t.sameLine(k, k + 2)) {
            k += 2; // "Dr. L. Ruuska"
        } else if (t.lower[k].length() == 1 && t.isWord(k + 1) && t.sameLine(k, k + 1) && !v.isFunctionWord(k + 1)
                && t.lower[k + 1].length() >= 3 && !v.lex.clinicalWords.contains(t.lower[k + 1])) {
            k += 1; // "Dr. o rourke", "Dr J Smith"
        }
        int end = v.takeName(k, true);
        out.add(v.span(first, end, category, Candidate.STRONG_CONTEXT));
        // "Dr. Rakusin and Toolis", "Drs Ballou and Dutter"
        int next = end + 1;
        if ((t.is(next, "and") || t.isMark(next, '&') || t.isMark(next, ',') && v.lex.isAnyName(t.lower[next + 1 < t.size ? next + 1 : next] + ""))
                && t.isWord(next + 1) && t.sameLine(end, next + 1) && v.nameEvidence(next + 1)
                && !v.english(next + 1) && v.shapedLikeName(next + 1)) {
            int second = v.takeName(next + 1, false);
            out.add(v.span(next + 1, second, category, Candidate.CONTEXT));
        }
    }

    private boolean subjectFollows(int n) {
        return n >= t.size || t.isMark(n, ',') || t.isMark(n, '.') || t.isMark(n, ';') || t.isMark(n, '\'')
                || t.isWord(n) && AFTER_SUBJECT.contains(t.lower[n]) || t.isWord(n) && t.lower[n].endsWith("'s");
    }

    /** "wife Mary", "son: Vladimir Erickson", "CASEWORKER LEONA LABOWICH", "RN (Edward)". */
    private void afterCue(int cue, PhiCategory category) {
        int k = v.skipMarks(cue + 1, ":,-(>=");
        if (k > 0 && (t.is(k, "by") || t.is(k, "par"))) {
            k = v.skipMarks(k + 1, ":");
        }
        if (k > 0 && (t.is(k, "is") || t.is(k, "named") || t.is(k, "in"))) {
            if (t.is(k, "in") && !(t.is(k + 1, "law") || t.is(k + 1, "laws"))) {
                return;
            }
            k = v.skipMarks(t.is(k, "in") ? k + 2 : k + 1, ":,-(");
        }
        if (k < 0 || !t.sameLine(cue, k) || !t.isWord(k)) {
            return;
        }
        if (RELATIVES.contains(t.lower[k]) || ROLES.contains(t.lower[k])) {
            return; // the next cue handles it
        }
        boolean relative = RELATIVES.contains(t.lower[cue]);
        if (relative && NEVER_AFTER_RELATIVE.contains(t.lower[k])) {
            return;
        }
        boolean givenAfterRelative = relative && (v.lex.isGivenName(t.lower[k])
                || v.capitalSignal(k) && (v.lex.isAnyName(t.lower[k]) || v.lex.everydaySurnames.contains(t.lower[k])))
                && v.shapedLikeName(k)
                && !NOT_AFTER_RELATIVE.contains(t.lower[k]) && !v.isFunctionWord(k);
        boolean evidence = v.capitalSignal(k) ? v.nameEvidence(k) && (!v.english(k) || v.lex.isAnyName(t.lower[k]))
                || !relative && v.lex.everydaySurnames.contains(t.lower[k]) && !v.isFunctionWord(k) && !v.clinicalWord[k]
                && !v.lex.clinicalWords.contains(t.lower[k])
                : v.nameEvidence(k) && v.lex.isAnyName(t.lower[k]);
        // Right after a relative, an unknown word in any case is a name: "husband milovan", "BROTHER VINNY".
        boolean unknownAfterRelative = relative && t.lower[k].length() >= 3 && v.nameEvidence(k) && !v.english(k)
                && !v.clinicalWord[k] && !NOT_AFTER_RELATIVE.contains(t.lower[k]);
        // After a role a names-list word counts in lower case too: "CT surgery resident kimura".
        boolean nameAfterRole = !relative && category == PhiCategory.CLINICIAN_NAME && t.lower[k].length() >= 3
                && (v.lex.isAnyName(t.lower[k]) || !v.mixed(k) && PERSON_ROLES.contains(t.lower[cue])
                && t.lower[k].length() >= 4) && !v.english(k) && !v.clinicalWord[k] && !v.camelCase(k)
                && !v.lex.clinicalWords.contains(t.lower[k]) && !v.isFunctionWord(k);
        if (!givenAfterRelative && !unknownAfterRelative && !nameAfterRole && (!v.shapedLikeName(k) || !evidence)) {
            return;
        }
        int end = v.takeName(k, false);
        if (category == PhiCategory.PATIENT_NAME && end == k && t.isMark(k + 1, ',') && t.isWord(k + 2)
                && t.sameLine(k, k + 2) && v.capitalSignal(k + 2) && !v.english(k + 2)) {
            end = v.nameEnd(k + 2); // "Patient: Nguyen, Rahim": a labelled family name, then any given name
        }
        out.add(v.span(k, end, category, Candidate.CONTEXT));
        // "Sons Smokey, Morris and Roger"
        int next = end + 1;
        while (relative && (t.isMark(next, ',') || t.is(next, "and") || t.isMark(next, '&')) && t.isWord(next + 1)
                && t.sameLine(end, next + 1) && v.shapedLikeName(next + 1) && (v.lex.isGivenName(t.lower[next + 1])
                || v.nameEvidence(next + 1) && !v.english(next + 1) && t.lower[next + 1].length() >= 3
                && !v.clinicalWord[next + 1] || v.capitalSignal(next + 1) && v.lex.everydaySurnames.contains(t.lower[next + 1]))
                && !NOT_AFTER_RELATIVE.contains(t.lower[next + 1])) {
            end = v.takeName(next + 1, false);
            out.add(v.span(next + 1, end, category, Candidate.CONTEXT));
            next = end + 1;
        }
    }

    /** "Hank Przybylo (son)". */
    private void beforeRelation(int paren) {
        int end = paren - 1;
        int start = end;
        int taken = 0;
        while (start >= 0 && taken < 3 && t.isWord(start) && v.shapedLikeName(start)
                && (v.nameEvidence(start) && !v.english(start) || v.capitalSignal(start) && v.lex.isGivenName(t.lower[start])
                && !NOT_AFTER_RELATIVE.contains(t.lower[start]) && !v.isFunctionWord(start))
                && (taken == 0 || t.sameLine(start, end))) {
            start--;
            taken++;
        }
        if (taken > 0) {
            out.add(v.span(start + 1, end, PhiCategory.NAME, Candidate.CONTEXT));
        }
    }

    /** A credential ending its line ("Ilene Macdonald RN") or right after a name ("Andrwe O'connell MD spoke"). */
    private boolean isSignature(int i) {
        boolean endsLine = i + 1 >= t.size || t.newLineBefore[i + 1]
                || t.isMark(i + 1, '.') && (i + 2 >= t.size || t.newLineBefore[i + 2]);
        return endsLine || t.isMark(i - 1, ',') || i > 0 && v.capitalSignal(i - 1) && v.lex.isAnyName(t.lower[i - 1]);
    }

    private void beforeCredential(int credential) {
        int k = credential - 1;
        if (t.isMark(k, ',')) {
            k--;
        }
        int end = k;
        int start = -1;
        int words = 0;
        boolean evidence = false;
        while (k >= 0 && words < 4 && t.sameLine(k, credential)) {
            if (t.isWord(k) && t.lower[k].length() == 1 && t.isMark(k + 1, '.')) {
                start = k;
                evidence = true;
                k--;
            } else if (t.isMark(k, '.') && !(t.isWord(k - 1) && t.lower[k - 1].length() == 1)) {
                break; // a sentence ends here
            } else if (t.isMark(k, ',') && words >= 1 && t.isWord(k - 1) && v.lex.isAnyName(t.lower[k - 1])) {
                k--; // "Wood,Melissa C. M.D."
            } else if (t.isWord(k) && !v.isFunctionWord(k) && !v.lex.clinicalWords.contains(t.lower[k])
                    && (v.shapedLikeName(k) || !v.mixed(k))) {
                evidence |= v.nameEvidence(k) || v.lex.isAnyName(t.lower[k])
                        || v.capitalSignal(k) && v.lex.everydaySurnames.contains(t.lower[k]);
                start = k;
                words++;
                k--;
            } else if (t.isMark(k, '.') || t.isMark(k, '-') && k > 0 && t.touching(k) && t.touching(k - 1)) {
                k--;
            } else {
                break;
            }
        }
        // Initials signing a line: "JS RN", "--MK, RRT"
        if (start >= 0 && !evidence && words == 1 && start == end && t.allUpper(start) && t.lower[start].length() <= 3
                && t.lower[start].length() >= 2 && !v.english(start) && !v.lex.clinicalWords.contains(t.lower[start])
                && !v.clinicalWord[start] && !CREDENTIALS.contains(t.lower[start]) && (k < 0 || !t.sameLine(k, credential)
                || t.kind[k] == Tokens.MARK && (k == 0 || !t.sameLine(k - 1, k)))) {
            evidence = true;
        }
        if (start >= 0 && evidence && (k < 0 || !t.sameLine(k, credential) || words >= 1)) {
            out.add(v.span(start, end, PhiCategory.CLINICIAN_NAME, Candidate.STRONG_CONTEXT));
        }
    }

    /** "E. WELSH AWARE", "s. roberto rrt", "Z. MILLER IN TO STRIP TUBES". */
    private void initialThenSurname(int initial) {
        int k = initial + 2;
        if (!t.isWord(k) || !t.sameLine(initial, k) || t.lower[k].length() < 3 || !v.shapedLikeName(k)) {
            return;
        }
        if (t.isWord(initial - 1) && (t.lower[initial - 1].length() == 1 || t.lower[initial - 1].equals("st"))) {
            return; // "U. S. A." or "St. A."
        }
        boolean surname = v.lex.isAnyName(t.lower[k]) && !v.lex.clinicalWords.contains(t.lower[k]);
        // After a sentence end or a cue word an initial and an unknown word read as a name: "6.0. E. WELSH AWARE".
        boolean afterBoundary = initial == 0 || t.newLineBefore[initial] || t.isMark(initial - 1, '.')
                || t.isMark(initial - 1, ':') || t.isMark(initial - 1, ',') || t.isWord(initial - 1)
                && Set.of("per", "by", "and", "with", "dr", "md", "rn", "call", "called", "page", "paged", "meet")
                .contains(t.lower[initial - 1]);
        surname |= afterBoundary && t.allUpper(initial) && v.nameEvidence(k) && !v.lex.clinicalWords.contains(t.lower[k]);
        if ((surname || v.capitalSignal(k) && v.nameEvidence(k) && !v.english(k)) && !v.clinicalPhrase[k] && !v.clinicalWord[k]) {
            out.add(v.span(initial, v.nameEnd(k), PhiCategory.NAME, Candidate.CONTEXT));
        }
    }

    /** "Szabo's team", "Okoro's NP". */
    private void possessiveName(int i) {
        String bare = t.lower[i].substring(0, t.lower[i].length() - 2);
        boolean named = v.lex.isAnyName(bare) && !v.lex.isEnglish(bare) || !v.lex.isEnglish(bare) && bare.length() >= 4
                && (v.mixed(i) ? v.capitalSignal(i) : v.lex.isAnyName(bare));
        if (named && !v.clinicalWord[i] && !v.lex.clinicalWords.contains(bare) && !SERVICES.contains(bare)) {
            out.add(v.span(i, i, PhiCategory.CLINICIAN_NAME, Candidate.CONTEXT));
        }
    }

    /** Given names that are not English words; a following surname joins them. */
    private void dictionaryNames() {
        for (int i = 0; i < t.size; i++) {
            if (!t.isWord(i) || !v.plainGivenName(i)) {
                continue;
            }
            boolean shaped = v.mixed(i) ? v.capitalSignal(i) : t.lower[i].length() >= 4;
            if (!shaped) {
                continue;
            }
            int end = i;
            int next = v.nameEnd(i) + 1;
            if (t.isWord(next) && t.sameLine(i, next) && v.shapedLikeName(next)
                    && (v.plainSurname(next) || v.plainGivenName(next) || v.nameEvidence(next) && !v.english(next))) {
                end = v.nameEnd(next);
            }
            out.add(v.span(i, end, PhiCategory.NAME, Candidate.DICTIONARY));
        }
    }
}
