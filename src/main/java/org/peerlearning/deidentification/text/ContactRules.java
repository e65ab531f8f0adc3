package org.peerlearning.deidentification.text;

import java.util.List;

import org.peerlearning.deidentification.PhiCategory;

import static org.peerlearning.deidentification.text.NameCues.*;

/**
 * Finds the people a note says were contacted, told or seen by: "spoke with Hernandez", "report
 * given to Barb", "Lindqvist aware", "Neuro (Bianchi)", "Eileen from case management".
 */
final class ContactRules {

    private final TokenView v;
    private final Tokens t;
    private final List<Candidate> out;

    ContactRules(TokenView view, List<Candidate> out) {
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
            if (CONTACT_VERBS.contains(w) || DONE_BY.contains(w) && t.is(i + 1, "by") || w.equals("d") && t.isMark(i + 1, '/')
                    && t.is(i + 2, "w") && t.touching(i) && t.touching(i + 1)) {
                afterContact(i);
            }
            if (w.equals("report") || w.equals("handed") || w.equals("handoff") || w.equals("endorsed")) {
                afterHandoff(i);
            }
            // "Okoro in to see pt" (not "Atropine at bedside": things stand by the bed too)
            if (TOLD.contains(w) && i > 0 || w.equals("in") && t.is(i + 1, "to") && i > 0 && t.isWord(i + 2)
                    && VISITS.contains(t.lower[i + 2])) {
                beforeTold(i);
            }
            if (t.isMark(i + 1, '(') && (SERVICES.contains(w) || ROLES.contains(w) || TOLD.contains(w) || w.equals("neuro")
                    || w.equals("cards") || w.equals("nsurg") || w.equals("micu") || w.equals("surgery"))) {
                bracketedName(i + 2);
            }
            if (w.equals("from") && t.isWord(i + 1) && SERVICES.contains(t.lower[i + 1])) {
                beforeService(i);
            }
        }
    }

    /** Up to three name words right before "from" a service, in any case: "mary theresa kondouli from speech". */
    private void beforeService(int from) {
        // after a contact or a role, any plain words are the person: "talked with Shape from case management"
        int r = from - 1;
        while (r >= 0 && from - 1 - r < 3 && plainWord(r) && t.sameLine(r, from)) {
            r--;
        }
        if (r < from - 1 && r >= 0 && t.sameLine(r, from) && contactedBefore(r)) {
            out.add(v.span(r + 1, from - 1, PhiCategory.CLINICIAN_NAME, Candidate.CONTEXT));
            return;
        }
        int k = from - 1;
        int end = k;
        int taken = 0;
        boolean listed = false;
        while (k >= 0 && taken < 3 && t.isWord(k) && t.sameLine(k, from) && !v.isFunctionWord(k) && !v.clinicalPhrase[k]
                && !v.clinicalWord[k] && !v.lex.clinicalWords.contains(t.lower[k]) && t.lower[k].length() >= 2
                && (t.lower[k].length() == 1 || !v.english(k) || v.lex.isAnyName(t.lower[k]) && v.capitalSignal(k))
                && (!v.mixed(k) || v.shapedLikeName(k) || v.lex.isAnyName(t.lower[k]))) {
            listed |= v.lex.isAnyName(t.lower[k]);
            k--;
            taken++;
        }
        boolean bounded = k < 0 || !t.sameLine(k, from) || t.kind[k] == Tokens.MARK || v.isFunctionWord(k)
                || t.isWord(k) && (CONTACT_VERBS.contains(t.lower[k]) || ROLES.contains(t.lower[k]));
        if (taken > 0 && bounded && (listed || taken >= 2 || !v.mixed(end) || v.capitalSignal(end))) {
            out.add(v.span(k + 1, end, PhiCategory.CLINICIAN_NAME, Candidate.CONTEXT));
        }
    }

    /** "spoke with Hernandez", "d/w Ramirez", "seen by Kowalczyk", "paged HO Garrison" (the role's own rule). */
    private void afterContact(int cue) {
        int k = DONE_BY.contains(t.lower[cue]) ? cue + 2 : t.is(cue, "d") ? cue + 3 : cue + 1;
        if (t.isWord(k) && (t.is(k, "with") || t.is(k, "to") || t.is(k, "w") && t.isMark(k + 1, '/'))) {
            k = t.is(k, "w") ? k + 2 : k + 1;
        }
        contactAt(cue, k);
    }

    /** The nurse who takes over: "report given to Barb", "called report to Jen", "handed off to Okoro". */
    private void afterHandoff(int cue) {
        int k = cue + 1;
        if (t.is(k, "given") || t.is(k, "called") || t.is(k, "phoned") || t.is(k, "off") || t.is(k, "over")) {
            k++;
        }
        if (!t.is(k, "to")) {
            return;
        }
        int n = v.skipMarks(k + 1, ":,-");
        // whoever takes report is a person: a given name counts here even when it is an English word ("to barb")
        if (n > 0 && t.isWord(n) && t.sameLine(cue, n) && v.english(n) && v.lex.isGivenName(t.lower[n]) && t.lower[n].length() >= 3
                && !NOT_CONTACTS.contains(t.lower[n]) && !v.isFunctionWord(n) && !v.clinicalWord[n] && !v.clinicalPhrase[n]
                && !v.lex.clinicalWords.contains(t.lower[n]) && (!v.mixed(n) || v.capitalSignal(n))) {
            out.add(v.span(n, n, PhiCategory.NAME, Candidate.CONTEXT));
        } else {
            contactAt(cue, k + 1);
        }
    }

    private void contactAt(int cue, int k) {
        k = v.skipMarks(k, ":,-");
        if (k > 0 && t.is(k, "the")) {
            k++;
        }
        if (k < 0 || !t.isWord(k) || !t.sameLine(cue, k) || !contactName(k)) {
            return;
        }
        int end = v.takeName(k, false);
        out.add(v.span(k, end, PhiCategory.NAME, Candidate.CONTEXT));
    }

    /** "Neuro (Bianchi) aware", "Per Renal (Okoro)", "notified ( Szabo )". */
    private void bracketedName(int k) {
        if (!t.isWord(k) || !contactName(k)) {
            return;
        }
        int end = v.takeName(k, false);
        if (t.isMark(end + 1, ')')) {
            out.add(v.span(k, end, PhiCategory.CLINICIAN_NAME, Candidate.CONTEXT));
        }
    }

    /** "Lindqvist aware", "Dr Tran and Petrovic notified", "Sweeney Olsen aware". */
    private void beforeTold(int cue) {
        int k = cue - 1;
        if (t.is(cue, "made") && !t.is(cue + 1, "aware")) {
            return;
        }
        if (t.is(cue, "called") || t.is(cue, "paged") || t.is(cue, "consulted") || t.is(cue, "contacted")) {
            // "Ramirez called", but not "pt called out": the word must be a plain name.
            if (!t.isWord(k) || !v.lex.isAnyName(t.lower[k])) {
                return;
            }
        }
        if (t.isWord(k) && t.sameLine(k, cue) && !contactName(k) && plainWord(k)) {
            // after a role any plain word is the person's name, English or not: "house staff Bending aware", "np rose notified"
            if (t.isWord(k - 1) && ROLES.contains(t.lower[k - 1]) && t.sameLine(k - 1, k)) {
                out.add(v.span(k, k, PhiCategory.CLINICIAN_NAME, Candidate.CONTEXT));
            } else if (plainWord(k - 1) && t.isWord(k - 2) && ROLES.contains(t.lower[k - 2]) && t.sameLine(k - 2, k)) {
                out.add(v.span(k - 1, k, PhiCategory.CLINICIAN_NAME, Candidate.CONTEXT));
            }
            return;
        }
        if (!t.isWord(k) || !t.sameLine(k, cue) || !contactName(k)) {
            return;
        }
        int start = k;
        if (t.isWord(k - 1) && t.sameLine(k - 1, k) && v.shapedLikeName(k - 1) && v.lex.isGivenName(t.lower[k - 1])
                && !v.isFunctionWord(k - 1) && !v.lex.clinicalWords.contains(t.lower[k - 1]) && !v.clinicalPhrase[k - 1]
                && (v.capitalSignal(k - 1) || !v.english(k - 1))) {
            start = k - 1;
        }
        out.add(v.span(start, k, PhiCategory.NAME, Candidate.CONTEXT));
    }

    /**
     * A word that names a person right after a contact verb or before "aware": in mixed case a
     * capitalised word that is no English word; on lines all in one case, a names-list word that
     * is no English word.
     */
    /** Whether token r ends a contact ("spoke with", "met w/", "talked to") or is a role ("caseworker"). */
    private boolean contactedBefore(int r) {
        if (t.isWord(r) && ROLES.contains(t.lower[r])) {
            return true;
        }
        int verb = r;
        if (t.isMark(r, '/') && t.is(r - 1, "w")) {
            verb = r - 2;
        } else if (t.is(r, "with") || t.is(r, "to") || t.is(r, "w")) {
            verb = r - 1;
        }
        return verb != r && t.isWord(verb) && CONTACT_VERBS.contains(t.lower[verb]);
    }

    /** A word that may be a name where the context says a person stands: no function, clinical or role word. */
    private boolean plainWord(int k) {
        if (!t.isWord(k)) {
            return false;
        }
        String w = t.lower[k];
        return w.length() >= 3 && !v.isFunctionWord(k) && !v.clinicalPhrase[k] && !v.clinicalWord[k] && !v.lex.clinicalWords.contains(w)
                && !RELATIVES.contains(w) && !ROLES.contains(w) && !CLINICIAN_TITLES.contains(w) && !PERSON_TITLES.contains(w)
                && !CREDENTIALS.contains(w) && !NOT_CONTACTS.contains(w) && !NOT_NAMES.contains(w) && !TOLD.contains(w)
                && !CONTACT_VERBS.contains(w) && !SERVICES.contains(w) && !v.camelCase(k) && (!v.mixed(k) || t.capitalised(k));
    }

    private boolean contactName(int k) {
        String w = t.lower[k];
        if (w.length() < 3 || v.isFunctionWord(k) || v.clinicalPhrase[k] || v.clinicalWord[k] || v.lex.clinicalWords.contains(w)
                || RELATIVES.contains(w) || ROLES.contains(w) || CLINICIAN_TITLES.contains(w) || PERSON_TITLES.contains(w)
                || CREDENTIALS.contains(w) || v.camelCase(k) || NOT_CONTACTS.contains(w)) {
            return false;
        }
        if (v.english(k)) {
            // A names-list word that is also English counts when capitalised mid-sentence: "spoke with Smith".
            return v.capitalSignal(k) && (v.lex.isAnyName(w) || v.lex.everydaySurnames.contains(w))
                    && !v.lex.clinicalWords.contains(w)
                    && !(t.isWord(k + 1) && ROLES.contains(t.lower[k + 1]));
        }
        if (v.mixed(k) && v.capitalSignal(k)) {
            return v.lex.isAnyName(w) || w.length() >= 4;
        }
        if (v.lex.isAnyName(w)) {
            return true; // in mixed case too: "talked with helen from case management"
        }
        // An unknown word in any case, followed by what follows a person: "talked with martelzu from case management".
        int n = k + 1;
        return w.length() >= 4 && t.isWord(n) && t.sameLine(k, n) && PERSON_FOLLOWERS.contains(t.lower[n]);
    }
}
