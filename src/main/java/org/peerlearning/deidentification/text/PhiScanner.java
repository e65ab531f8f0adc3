package org.peerlearning.deidentification.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.peerlearning.deidentification.KnownIdentifiers;
import org.peerlearning.deidentification.PhiCategory;
import org.peerlearning.deidentification.PhiFinding;

/**
 * Runs every rule over a text and settles their candidates into non-overlapping findings.
 * Stateless and thread-safe; the word lists are shared.
 */
public final class PhiScanner {

    private final Lexicon lexicon;

    public PhiScanner() {
        this(Lexicon.get());
    }

    PhiScanner(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    public List<PhiFinding> scan(String text, KnownIdentifiers known) {
        List<Candidate> candidates = new ArrayList<>();
        Tokens tokens = new Tokens(text);
        TokenView view = new TokenView(tokens, lexicon);
        StructuredPatterns.find(text, candidates);
        new NameRules(view, candidates).find();
        new ContactRules(view, candidates).find();
        // before PlaceRules: of two equally trusted findings on one span, the first found gives the category
        new MoveRules(view, candidates).find();
        new PlaceRules(view, candidates).find();
        new StreetRules(view, candidates).find();
        namesBeforePhones(view, candidates);
        coordinatedNames(view, candidates);
        propagateNames(view, candidates);
        knownIdentifiers(tokens, known, candidates);
        return resolve(text, candidates);
    }

    /**
     * A name found from its context is a name wherever else it appears in the same text: "Dr.
     * Okonkwo ... Okonkwo called". Only names that are not English words spread this way.
     */
    private static void propagateNames(TokenView v, List<Candidate> candidates) {
        Tokens t = v.t;
        java.util.Map<String, PhiCategory> names = new java.util.HashMap<>();
        java.util.Map<String, PhiCategory> capitalisedNames = new java.util.HashMap<>();
        int tokenIndex = 0;
        List<Candidate> sorted = new ArrayList<>(candidates);
        sorted.sort(Comparator.comparingInt(Candidate::start));
        for (Candidate c : sorted) {
            boolean place = c.category() == PhiCategory.LOCATION || c.category() == PhiCategory.FACILITY;
            if (!c.category().isName() && !place || c.priority() < Candidate.CONTEXT) {
                continue;
            }
            while (tokenIndex < t.size && t.start[tokenIndex] < c.start()) {
                tokenIndex++;
            }
            for (int i = tokenIndex; i < t.size && t.end[i] <= c.end(); i++) {
                if (!t.isWord(i) || t.lower[i].length() < 3 || v.clinicalPhrase[i] || v.clinicalWord[i]
                        || v.lex.clinicalWords.contains(t.lower[i]) || TokenView.FUNCTION_WORDS.contains(t.lower[i])) {
                    continue;
                }
                // Everyday words spread only when they are given names found next to a name cue ("son John").
                boolean spreads = !v.english(i) || c.category().isName() && v.lex.isGivenName(t.lower[i])
                        && t.lower[i].length() >= 4 && !EVERYDAY_GIVEN_NAMES.contains(t.lower[i]);
                if (spreads) {
                    names.putIfAbsent(t.lower[i], c.category());
                } else if (c.category().isName() && c.priority() >= Candidate.STRONG_CONTEXT && v.capitalSignal(i)) {
                    // "Dr. White ... White aware": an English word found after a title spreads to its
                    // capitalised occurrences in mixed case only ("white blood cells" stays)
                    capitalisedNames.putIfAbsent(t.lower[i], c.category());
                }
            }
        }
        if (names.isEmpty() && capitalisedNames.isEmpty()) {
            return;
        }
        for (int i = 0; i < t.size; i++) {
            PhiCategory category = t.isWord(i) ? names.get(t.lower[i]) : null;
            if (category == null && t.isWord(i) && v.capitalSignal(i) && v.mixed(i) && !(i > 0 && t.newLineBefore[i])
                    && !(t.isMark(i - 1, '.') || t.isMark(i - 1, ':'))) {
                category = capitalisedNames.get(t.lower[i]); // not at a sentence start, where every word is capitalised
            }
            if (category != null) {
                candidates.add(new Candidate(t.start[i], t.end[i], category, Candidate.CONTEXT - 1));
            }
        }
    }

    /**
     * A given name joined by "and" to a name already found is a name too, even when it is an
     * English word: "Both Suzette and Hank", "Hank and Suzette are his proxies".
     */
    private static void coordinatedNames(TokenView v, List<Candidate> candidates) {
        Tokens t = v.t;
        List<Candidate> names = candidates.stream().filter(c -> c.category().isName() && c.priority() >= Candidate.CONTEXT)
                .toList();
        int i = 0;
        List<Candidate> sorted = new ArrayList<>(names);
        sorted.sort(Comparator.comparingInt(Candidate::start));
        for (Candidate name : sorted) {
            while (i < t.size && t.start[i] < name.start()) {
                i++;
            }
            int last = i;
            while (last + 1 < t.size && t.end[last + 1] <= name.end()) {
                last++;
            }
            int after = last + 1;
            if (t.isMark(after, '/') && t.touching(last) && t.touching(after) && slashed(v, after + 1)) {
                // "Drs. Abernathy/Lisowski", "Rosenberg/Whitaker aware"
                candidates.add(new Candidate(t.start[after + 1], t.end[v.nameEnd(after + 1)], name.category(), Candidate.CONTEXT - 1));
            }
            // "seen by Szabo, Okoro, Lindqvist and Nakamura"
            while (t.isMark(after, ',') && name.category().isName() && listedName(v, after + 1)) {
                candidates.add(new Candidate(t.start[after + 1], t.end[after + 1], name.category(), Candidate.CONTEXT - 1));
                after += 2;
            }
            if ((t.is(after, "and") || t.isMark(after, '&')) && coordinated(v, after + 1, after)) {
                candidates.add(new Candidate(t.start[after + 1], t.end[after + 1], name.category(), Candidate.CONTEXT - 1));
            }
            int before = i - 1;
            if ((t.is(before, "and") || t.isMark(before, '&')) && coordinated(v, before - 1, before)) {
                candidates.add(new Candidate(t.start[before - 1], t.end[before - 1], name.category(), Candidate.CONTEXT - 1));
            }
        }
    }

    /** A second name after a slash: a name-shaped word that is no English or clinical word. */
    private static boolean slashed(TokenView v, int k) {
        Tokens t = v.t;
        return t.isWord(k) && t.lower[k].length() >= 3 && v.shapedLikeName(k) && !v.english(k) && !v.isFunctionWord(k)
                && !v.clinicalPhrase[k] && !v.clinicalWord[k] && !v.lex.clinicalWords.contains(t.lower[k])
                && (v.mixed(k) || v.lex.isAnyName(t.lower[k]));
    }

    /** A names-list word that is no English word, written as a name: the next item of a list of names. */
    private static boolean listedName(TokenView v, int k) {
        Tokens t = v.t;
        return slashed(v, k) && t.sameLine(k - 1, k) && v.lex.isAnyName(t.lower[k]) && (!v.mixed(k) || v.capitalSignal(k));
    }

    private static boolean coordinated(TokenView v, int k, int conjunction) {
        Tokens t = v.t;
        return t.isWord(k) && t.sameLine(k, conjunction) && (v.lex.isGivenName(t.lower[k]) || listedName(v, k))
                && t.lower[k].length() >= 3
                && !v.isFunctionWord(k) && !EVERYDAY_GIVEN_NAMES.contains(t.lower[k]) && !v.clinicalPhrase[k]
                && !v.lex.clinicalWords.contains(t.lower[k]) && (v.mixed(k) ? v.capitalSignal(k) : !v.english(k));
    }

    private static final java.util.Set<String> PHONE_LABELS = java.util.Set.of("cell", "home", "work", "tel", "phone",
            "ph", "pager", "mobile", "office", "at", "is", "number", "no", "c", "h", "w");

    /** Contact lists: "Lopie Certusi cell# 410-322-1419", "Irene Czyzewicz- 204-943-1045". */
    private static void namesBeforePhones(TokenView v, List<Candidate> candidates) {
        Tokens t = v.t;
        List<Candidate> phones = candidates.stream().filter(c -> c.category() == PhiCategory.PHONE).toList();
        int i = 0;
        for (Candidate phone : phones) {
            while (i < t.size && t.start[i] < phone.start()) {
                i++;
            }
            int k = i - 1;
            while (k >= 0 && t.sameLine(k, i < t.size ? i : k) && (t.kind[k] == Tokens.MARK
                    || t.isWord(k) && PHONE_LABELS.contains(t.lower[k])) && i - k < 6) {
                k--;
            }
            int end = k;
            int taken = 0;
            // capitalised in mixed case; on a line in one case, a word that is no English word ("LOPIE CERTUSI CELL#")
            while (k >= 0 && taken < 2 && t.isWord(k) && (v.capitalSignal(k) || !v.mixed(k) && !v.english(k)
                    && t.lower[k].length() >= 3) && !v.isFunctionWord(k)
                    && !v.lex.clinicalWords.contains(t.lower[k]) && (v.lex.isAnyName(t.lower[k]) || !v.english(k))) {
                k--;
                taken++;
            }
            if (taken > 0) {
                candidates.add(new Candidate(t.start[k + 1], t.end[end], PhiCategory.NAME, Candidate.CONTEXT));
            }
        }
    }

    private static final java.util.Set<String> EVERYDAY_GIVEN_NAMES = java.util.Set.of("will", "mark", "bill",
            "hope", "faith", "rose", "dawn", "june", "april", "frank", "grant", "gene", "jean", "joy", "pat", "sue",
            "don", "art", "ray", "rich", "chase", "major", "sunny", "summer", "page", "lane", "young", "king");

    /** The exam's own names match word by word, whatever the word; identifiers match as written. */
    private static void knownIdentifiers(Tokens t, KnownIdentifiers known, List<Candidate> out) {
        if (known.isEmpty()) {
            return;
        }
        List<String> patientWords = nameWords(known.patientNames());
        List<String> clinicianWords = nameWords(known.clinicianNames());
        for (int i = 0; i < t.size; i++) {
            if (!t.isWord(i)) {
                continue;
            }
            if (patientWords.contains(t.lower[i])) {
                out.add(new Candidate(t.start[i], t.end[i], PhiCategory.PATIENT_NAME, Candidate.KNOWN + 1));
            } else if (clinicianWords.contains(t.lower[i])) {
                out.add(new Candidate(t.start[i], t.end[i], PhiCategory.CLINICIAN_NAME, Candidate.KNOWN));
            }
        }
        String lowerText = t.text.toLowerCase(Locale.ROOT);
        identifiers(lowerText, known.mrns(), PhiCategory.MRN, out);
        identifiers(lowerText, known.accessionNumbers(), PhiCategory.ACCESSION, out);
        identifiers(lowerText, known.otherIdentifiers(), PhiCategory.ID, out);
    }

    private static List<String> nameWords(List<String> names) {
        List<String> words = new ArrayList<>();
        for (String name : names) {
            for (String word : Tokens.words(name.replace('^', ' '))) {
                // initials and honorifics would match everywhere
                if (word.length() >= 2 && !TokenView.FUNCTION_WORDS.contains(word)
                        && !word.matches("(?:dr|mr|mrs|ms|md|jr|sr|ii|iii|phd|frcpc)")) {
                    words.add(word);
                }
            }
        }
        return words;
    }

    private static void identifiers(String lowerText, List<String> values, PhiCategory category, List<Candidate> out) {
        for (String value : values) {
            String needle = value.toLowerCase(Locale.ROOT);
            if (needle.length() < 3) {
                continue;
            }
            for (int at = lowerText.indexOf(needle); at >= 0; at = lowerText.indexOf(needle, at + needle.length())) {
                boolean bounded = (at == 0 || !Character.isLetterOrDigit(lowerText.charAt(at - 1)))
                        && (at + needle.length() == lowerText.length()
                        || !Character.isLetterOrDigit(lowerText.charAt(at + needle.length())));
                if (bounded) {
                    out.add(new Candidate(at, at + needle.length(), category, Candidate.KNOWN));
                }
            }
        }
    }

    /**
     * Overlapping candidates become one finding spanning them all, with the category of the most
     * trusted; name pieces separated only by spaces or an initial's period join up.
     */
    static List<PhiFinding> resolve(String text, List<Candidate> candidates) {
        candidates.sort(Comparator.comparingInt(Candidate::start).thenComparing(Comparator.comparingInt(Candidate::end).reversed()));
        List<PhiFinding> findings = new ArrayList<>();
        int start = -1;
        int end = -1;
        PhiCategory category = null;
        int priority = -1;
        for (Candidate c : candidates) {
            if (start >= 0 && (c.start() < end || joinable(text, end, c.start(), category, c.category()))) {
                end = Math.max(end, c.end());
                if (c.priority() > priority) {
                    priority = c.priority();
                    category = c.category();
                }
                continue;
            }
            if (start >= 0) {
                findings.add(new PhiFinding(start, end, category));
            }
            start = c.start();
            end = c.end();
            category = c.category();
            priority = c.priority();
        }
        if (start >= 0) {
            findings.add(new PhiFinding(start, end, category));
        }
        return findings;
    }

    private static boolean joinable(String text, int end, int nextStart, PhiCategory a, PhiCategory b) {
        if (!a.isName() || !b.isName() || nextStart - end > 2 || nextStart < end) {
            return false;
        }
        for (int p = end; p < nextStart; p++) {
            char c = text.charAt(p);
            if (c != ' ' && c != '.') {
                return false;
            }
        }
        return true;
    }
}
