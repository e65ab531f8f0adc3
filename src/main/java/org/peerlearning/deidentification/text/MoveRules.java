package org.peerlearning.deidentification.text;

import java.util.List;

import org.peerlearning.deidentification.PhiCategory;

import static org.peerlearning.deidentification.text.PlaceCues.*;

/**
 * Finds the places people move from or to, live in or are cared at: "transferred to GH", "son
 * from Pikesville", "lives in Laurel", "to QUARTERMAIN 3", "@ Meadowbrook".
 */
final class MoveRules {

    private final TokenView v;
    private final Tokens t;
    private final List<Candidate> out;

    MoveRules(TokenView view, List<Candidate> out) {
        this.v = view;
        this.t = view.t;
        this.out = out;
    }

    void find() {
        for (int i = 0; i < t.size; i++) {
            if (!t.isWord(i)) {
                if (t.isMark(i, '@')) {
                    wardOrTown(i);
                }
                continue;
            }
            String w = t.lower[i];
            if ((w.equals("in") || w.equals("from")) && livesBefore(i)) {
                everydayTown(i + 1);
            }
            if (PREPOSITIONS.contains(w) && movedBefore(i)) {
                afterMove(i);
            } else if (w.equals("to") || w.equals("from") || w.equals("on") || w.equals("at") || w.equals("in")
                    || w.equals("per")) {
                wardOrTown(i);
            }
        }
    }

    /** "lives in Laurel", "LIVES IN BATH": a town whose name is an English word, right after where someone lives. */
    private void everydayTown(int k) {
        if (t.isWord(k) && t.sameLine(k - 1, k) && v.lex.everydayTowns.contains(t.lower[k]) && !NOT_PLACES.contains(t.lower[k])
                && !v.isFunctionWord(k) && (v.capitalSignal(k) || !v.mixed(k))) {
            out.add(v.span(k, k, PhiCategory.LOCATION, Candidate.CONTEXT));
        }
    }

    private boolean livesBefore(int preposition) {
        int k = preposition - 1;
        return t.isWord(k) && (t.lower[k].startsWith("live") || t.lower[k].startsWith("reside") || t.is(k, "born")
                || t.is(k, "moved") || t.is(k, "raised") || t.is(k, "home") || t.is(k, "house") || t.is(k, "apartment")
                || t.is(preposition, "from") && (t.is(k, "family") || t.is(k, "daughter") || t.is(k, "son")
                || t.is(k, "sister") || t.is(k, "brother") || t.is(k, "wife") || t.is(k, "husband") || t.is(k, "visiting")));
    }

    private boolean strongMoveBefore(int preposition) {
        if (t.is(preposition, "by") || t.is(preposition, "on")) {
            return false;
        }
        // "sent to ED at Kessler", "followed by the CHF team at Bektel"
        if (t.is(preposition, "at") && t.isWord(preposition - 1) && (t.is(preposition - 1, "ed") || t.is(preposition - 1, "er")
                || t.is(preposition - 1, "ew") || t.is(preposition - 1, "team") || t.is(preposition - 1, "clinic")
                || t.is(preposition - 1, "program"))) {
            return true;
        }
        for (int k = preposition - 1; k >= Math.max(0, preposition - 2); k--) {
            if (t.isWord(k) && STRONG_MOVES.contains(t.lower[k])) {
                return true;
            }
        }
        return false;
    }

    private boolean movedBefore(int preposition) {
        for (int k = preposition - 1; k >= Math.max(0, preposition - 3); k--) {
            if (t.isWord(k) && MOVES.contains(t.lower[k])) {
                return true;
            }
            if (t.isWord(k) && PREPOSITIONS.contains(t.lower[k])) {
                return false;
            }
        }
        // "from" alone is a good cue: "son from Pikesville", "called from Seattle".
        return t.lower[preposition].equals("from");
    }

    /** "on QUARTERMAIN 6" (a ward named after something), "in Lochearn" (a capitalised unknown word). */
    private void wardOrTown(int preposition) {
        int k = preposition + 1;
        if (t.is(k, "the") && (t.is(preposition, "from") || t.is(preposition, "at"))) {
            k++;
        }

        if (!t.isWord(k) || !t.sameLine(preposition, k) || t.lower[k].length() < 4 || v.english(k) || v.camelCase(k)
                || v.isFunctionWord(k) || v.clinicalPhrase[k] || v.clinicalWord[k] || NOT_PLACES.contains(t.lower[k])) {
            return;
        }
        boolean ward = wardNumber(k);
        boolean town = (t.is(preposition, "in") || t.is(preposition, "from")) && (v.capitalSignal(k) || v.townShaped(k))
                // "FROM GALARZA", "AT BOSCO": a names-list word that is no English word, on a line all in one case
                || (t.is(preposition, "from") || t.is(preposition, "at")) && !v.mixed(k) && v.lex.isAnyName(t.lower[k])
                && !v.lex.isRegion(t.lower[k])
                // "a heart transplant at Kessler", "accepted at Meadowbrook": a capitalised unknown word after "at"
                || (t.is(preposition, "at") || t.isMark(preposition, '@')) && v.capitalSignal(k);
        if (ward || town) {
            int end = ward && t.touching(k) ? k + 1 : k;
            if (!ward && t.isWord(k + 1) && t.sameLine(k, k + 1) && v.capitalSignal(k + 1)
                    && (!v.english(k + 1) || FACILITY_WORDS.contains(t.lower[k + 1]) || FACILITY_HEADS.contains(t.lower[k + 1]))
                    && !v.isFunctionWord(k + 1) && !v.lex.clinicalWords.contains(t.lower[k + 1])) {
                end = k + 1; // "at Meadow Brookfield"
            }
            out.add(v.span(k, end, PhiCategory.LOCATION, Candidate.CONTEXT));
        }
    }

    /** A ward number after a word: "QUARTERMAIN 3", not a dose ("DOPA 5.5 MCG", "dopa 8mcg"). */
    private boolean wardNumber(int k) {
        int n = k + 1;
        if (n >= t.size || t.kind[n] != Tokens.NUMBER || !t.sameLine(k, n) || t.end[n] - t.start[n] > 2) {
            return false;
        }
        boolean touchingWord = n + 1 < t.size && t.touching(n) && t.kind[n + 1] == Tokens.WORD;
        boolean decimal = t.isMark(n + 1, '.') && t.touching(n) && n + 2 < t.size && t.kind[n + 2] == Tokens.NUMBER;
        boolean unit = t.isWord(n + 1) && UNITS.contains(t.lower[n + 1]);
        return !touchingWord && !decimal && !unit;
    }

    /** "to GH", "from VAMC", "to QUARTERMAIN 3", "lives in Hampton", "went to Harbor". */
    private void afterMove(int preposition) {
        int k = preposition + 1;
        if (t.is(k, "the")) {
            k++;
        }
        if (!t.isWord(k) || !t.sameLine(preposition, k)) {
            return;
        }
        String w = t.lower[k];
        if (specialty(w)) {
            return; // "admitted to Gastroenterology", "sent to Orthopaedics"
        }
        if (NOT_PLACES.contains(w) || v.isFunctionWord(k) || v.clinicalPhrase[k] || v.clinicalWord[k]
                || v.lex.clinicalWords.contains(w) || w.equals("dr") || w.equals("st") || v.camelCase(k) || v.lex.isRegion(w)) {
            return; // states and countries are too large to identify anyone
        }
        boolean acronym = t.allUpper(k) && w.length() >= 2 && w.length() <= 5 && (v.mixed(k) || !v.english(k))
                && !v.lex.clinicalWords.contains(w);
        // On lines without case conventions only a name-like word qualifies: misspelt clinical
        // words ("hemrroids") are not English words either.
        boolean wardNumber = wardNumber(k);
        // After a strong move ("transferred to", "sent to", "admitted to", "lives in") any unknown word of
        // five letters or more is taken: a hospital or town is named there far more often than a misspelling.
        boolean strongMove = strongMoveBefore(preposition) && w.length() >= 5 && !v.english(k) && !v.lex.isRegion(w) && !t.is(k + 1, "unit")
                && !t.is(k + 1, "floor") && !t.is(k + 1, "team") && !t.is(k + 1, "service");
        // After a strong move a capital mid-sentence names the place even when the word is English:
        // "transferred to Grove", "sent to Union" (services and wards are no places: "transferred to Cardiology")
        boolean capitalAfterStrongMove = strongMoveBefore(preposition) && v.capitalSignal(k) && v.mixed(k) && w.length() >= 4
                && !NameCues.SERVICES.contains(w) && !NOT_PLACE_CAPITALS.contains(w) && !v.lex.isRegion(w)
                && !(t.isWord(k + 1) && SERVICE_HEADS.contains(t.lower[k + 1])) && !(t.isMark(k - 1, '.') || k > 0 && t.newLineBefore[k]);
        boolean proper = v.capitalSignal(k) ? !v.english(k) || capitalAfterStrongMove
                : !v.mixed(k) && !v.english(k) && w.length() >= 4 && (v.lex.isAnyName(w) || wardNumber || v.townShaped(k)
                || strongMove);
        if (!proper && !v.mixed(k) && v.lex.isAnyName(w) && t.isWord(k + 1)
                && (FACILITY_WORDS.contains(t.lower[k + 1]) || FACILITY_HEADS.contains(t.lower[k + 1]))) {
            proper = true; // "TAKEN TO LAUREL REGIONAL"
        }
        boolean capitalisedWord = v.capitalSignal(k) && FACILITY_WORDS.contains(w);
        // Two capitalised name words after a move name a place even when both are English: "sent to Warren Grant".
        boolean namedPlace = v.capitalSignal(k) && v.lex.isAnyName(w) && t.isWord(k + 1) && t.sameLine(k, k + 1)
                && v.capitalSignal(k + 1) && !v.isFunctionWord(k + 1) && !v.lex.clinicalWords.contains(t.lower[k + 1])
                && (v.lex.isAnyName(t.lower[k + 1]) || !v.english(k + 1));
        proper |= namedPlace;
        // Unknown acronyms after a move are units and services (MCIU, BB, PACU), not places.
        if (!(proper && !t.allUpper(k) || proper && !v.mixed(k) || capitalisedWord || strongMove && t.allUpper(k))) {
            return;
        }
        int end = k;
        if (wardNumber && t.touching(k)) {
            end = k + 1; // "QUARTERMAIN7"
        } else {
            // up to two more words of the name: "Meadow Brook Manor", "SILVER LOWNEY"
            while (end - k < 2 && t.isWord(end + 1) && t.sameLine(end, end + 1) && !v.isFunctionWord(end + 1)
                    && !v.lex.clinicalWords.contains(t.lower[end + 1]) && !v.clinicalPhrase[end + 1]
                    && !NOT_PLACES.contains(t.lower[end + 1]) && (v.mixed(end + 1)
                    ? t.capitalised(end + 1) && (!v.english(end + 1) || namedPlace && end == k)
                    : !v.english(end + 1) && t.lower[end + 1].length() >= 3 && (strongMove || v.lex.isAnyName(t.lower[end + 1])))) {
                end++;
            }
        }
        while (t.isWord(end + 1) && t.sameLine(end, end + 1) && (FACILITY_WORDS.contains(t.lower[end + 1])
                || TRAILING.contains(t.lower[end + 1])) && !t.is(end + 1, "home")) {
            end++; // "LAUREL REGIONAL"
        }
        out.add(v.span(k, end, PhiCategory.LOCATION, Candidate.CONTEXT));
    }
}
