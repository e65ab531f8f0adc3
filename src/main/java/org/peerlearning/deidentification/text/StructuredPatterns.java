package org.peerlearning.deidentification.text;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.peerlearning.deidentification.PhiCategory;

/**
 * PHI with a shape: identifiers, numbers, contact details and addresses, and the dates of
 * {@link DatePatterns}. Every pattern is compiled once and uses bounded repetition only, so
 * matching stays linear on any input.
 */
final class StructuredPatterns {

    private static final Pattern UID = Pattern.compile("(?<![\\w.])[0-2](?:\\.\\d{1,39}){3,40}(?!\\w|\\.\\d)");
    private static final Pattern EMAIL = Pattern.compile(
            "(?<![\\w.+-])[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\\.[A-Za-z0-9-]{1,63}){0,8}\\.[A-Za-z]{2,24}\\b");
    private static final Pattern POSTAL_CODE = Pattern.compile(
            "\\b[ABCEGHJ-NPRSTVXY]\\d[ABCEGHJ-NPRSTV-Z][ -]?\\d[ABCEGHJ-NPRSTV-Z]\\d\\b");
    /** Ontario health card: 10 digits written 4-3-3, optionally with a two-letter version code. */
    private static final Pattern OHIP = Pattern.compile(
            "(?<![\\d-])\\d{4}([- ]?)\\d{3}\\1\\d{3}(?:[- ]?[A-Z]{2}\\b)?(?![\\d-])");
    private static final Pattern PHONE = Pattern.compile(
            "(?<![\\d.])(?:\\+?1[-. ]?)?(?:\\(\\d{3}\\)|\\d{3})[-. /]{0,3}\\d{3}[-. /]{1,3}\\d{4}(?:\\s?(?:x|ext\\.?)\\s?\\d{1,5})?(?![\\d])");
    private static final Pattern LABELLED_PHONE = Pattern.compile(
            "(?i)\\b(?:pager|pgr|pg|beeper|bpr|cell|cel|tel|telephone|phone|ph|fax|ext|extension|home|work|office|mobile|page|beep)"
                    + "\\s{0,2}(?:#|no\\.?|number|num)?\\s{0,2}[:#]?\\s{0,3}#?\\s{0,2}(\\d{4,5}|\\d{3}[- ]\\d{4})(?!\\d|[./]\\d)");
    private static final Pattern LABELLED_MRN = Pattern.compile(
            "(?i)\\b(?:mrn|mr\\s?#|mr\\s?no\\.?|medical\\s+record(?:\\s+(?:number|no\\.?|#))?|chart\\s?(?:number|no\\.?|#)"
                    + "|patient\\s+id|hosp(?:ital)?\\s?(?:#|no\\.?|number)|unit\\s+(?:number|no\\.?))\\s{0,3}[:#]?\\s{0,3}([A-Z0-9][A-Z0-9-]{3,19})\\b");
    private static final Pattern LABELLED_ACCESSION = Pattern.compile(
            "(?i)\\b(?:acc(?:ession)?\\.?\\s?(?:#|no\\.?|number)?)\\s{0,3}[:#]?\\s{0,3}([A-Z]{0,4}\\d[A-Z0-9-]{3,19})\\b");
    private static final Pattern LABELLED_OHIP = Pattern.compile(
            "(?i)\\b(?:ohip|hcn|health\\s+card(?:\\s+(?:number|no\\.?|#))?|carte\\s+santé)\\s{0,3}[:#]?\\s{0,3}(\\d[\\d -]{8,13}\\d(?:[- ]?[A-Z]{2}\\b)?)");
    /** Long digit runs, alone or behind a short letter prefix (ABC451109, V56457384). */
    private static final Pattern LONG_ID = Pattern.compile("(?<![\\w.,/])[A-Za-z]{0,6}\\d{6,20}[A-Za-z]?(?![\\w.]\\d|\\w)");
    private static final Pattern ADDRESS = Pattern.compile(
            "\\b\\d{1,6}[A-Z]?(?:-\\d{1,5})?,?\\s{1,2}(?:[A-Z][A-Za-z'.-]{1,20}\\s{1,2}){1,4}"
                    + "(?:Street|St\\.?|Avenue|Ave\\.?|Road|Rd\\.?|Boulevard|Blvd\\.?|Drive|Dr\\.?(?=\\s*(?:,|\\n|$))|Crescent|Cres\\.?|Court|Ct\\.?"
                    + "|Lane|Ln\\.?|Way|Place|Pl\\.?|Terrace|Trail|Parkway|Pkwy\\.?|Circle|Highway|Hwy\\.?|Square|Gate|Line|Sideroad"
                    + "|STREET|AVENUE|ROAD|BOULEVARD|DRIVE|CRESCENT|COURT|LANE)\\b\\.?"
                    + "(?:\\s(?:East|West|North|South|E|W|N|S)\\b\\.?)?"
                    + "(?:,?\\s{1,2}(?:Apt\\.?|Unit|Suite|#)\\s{0,2}\\w{1,6})?"
                    + "|\\b(?:rue|chemin|boulevard|avenue)\\s{1,2}(?:[A-Z][\\p{L}'.-]{1,20}\\s?){1,4}"
                    + "|\\bP\\.?\\s?O\\.?\\s{0,2}Box\\s{1,2}\\d{1,6}");
    /** An address written in one case after where someone lives: "LIVES AT 19 CLOVER ST.", "at 12 elm street". */
    private static final Pattern CUED_ADDRESS = Pattern.compile(
            "(?i)(?<=\\b(?:at|on|lives|living|address|resides|home|apt|apartment)\\s{1,2})\\d{1,5}[a-z]?\\s{1,2}(?:[a-z'.-]{2,20}\\s{1,2}){1,3}"
                    + "(?:street|avenue|road|boulevard|drive|lane|court|terrace|circle|parkway|highway|st\\.|ave\\.|rd\\.|blvd\\.?|ln\\.|ct\\.)");
    private static final Pattern AGE_OVER_89 = Pattern.compile(
            "(?i)\\b(9\\d|1[0-3]\\d)(?=\\s?-?\\s?(?:yo\\b|y/o|y\\.o\\.?|yrs?\\b|years?\\b|yr\\.|ans\\b|-year))"
                    + "|(?<=\\bage[ds]?\\s{1,2}|\\bâgée? de\\s{1,2})(9\\d|1[0-3]\\d)\\b");

    private StructuredPatterns() {
    }

    static void find(String text, List<Candidate> out) {
        Starts starts = new Starts(text);
        add(UID, text, starts.digits, out, PhiCategory.UID, Candidate.PATTERN + 5);
        if (text.indexOf('@') >= 0) {
            Matcher m = EMAIL.matcher(text);
            while (m.find()) {
                out.add(new Candidate(m.start(), m.end(), PhiCategory.EMAIL, Candidate.PATTERN + 5));
            }
        }
        add(POSTAL_CODE, text, starts.all, out, PhiCategory.POSTAL_CODE, Candidate.PATTERN);
        addGroup(LABELLED_OHIP, text, starts.all, out, PhiCategory.OHIP, Candidate.PATTERN + 4);
        addGroup(LABELLED_MRN, text, starts.all, out, PhiCategory.MRN, Candidate.PATTERN + 4);
        addGroup(LABELLED_ACCESSION, text, starts.all, out, PhiCategory.ACCESSION, Candidate.PATTERN + 4);
        addGroup(LABELLED_PHONE, text, starts.all, out, PhiCategory.PHONE, Candidate.PATTERN + 3);
        add(OHIP, text, starts.digits, out, PhiCategory.OHIP, Candidate.PATTERN + 2);
        add(PHONE, text, starts.phones, out, PhiCategory.PHONE, Candidate.PATTERN + 1);
        add(LONG_ID, text, starts.all, out, PhiCategory.ID, Candidate.PATTERN);
        add(ADDRESS, text, starts.all, out, PhiCategory.ADDRESS, Candidate.PATTERN);
        add(CUED_ADDRESS, text, starts.digits, out, PhiCategory.ADDRESS, Candidate.PATTERN);
        add(AGE_OVER_89, text, starts.all, out, PhiCategory.AGE, Candidate.PATTERN);
        DatePatterns.find(text, starts, out);
    }

    static Matcher anchored(Pattern pattern, String text) {
        // Transparent bounds let look-behinds see the text before a start position.
        return pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    }

    /**
     * Tries the pattern only where a match can begin (a run of digits, or of letters and digits),
     * instead of at every character: the patterns cost a few steps per word, not per character.
     */
    static void add(Pattern pattern, String text, int[] at, List<Candidate> out, PhiCategory category, int priority) {
        addGroup(pattern, text, at, out, category, priority, false);
    }

    static void addGroup(Pattern pattern, String text, int[] at, List<Candidate> out, PhiCategory category, int priority) {
        addGroup(pattern, text, at, out, category, priority, true);
    }

    private static void addGroup(Pattern pattern, String text, int[] at, List<Candidate> out, PhiCategory category,
            int priority, boolean group) {
        Matcher m = anchored(pattern, text);
        int last = -1;
        for (int start : at) {
            if (start < last || !m.region(start, text.length()).lookingAt()) {
                continue;
            }
            last = m.end();
            int g = !group ? 0 : m.group(1) != null ? 1 : (m.groupCount() > 1 && m.group(2) != null ? 2 : 0);
            if (m.end(g) > m.start(g)) {
                out.add(new Candidate(m.start(g), m.end(g), category, priority));
            }
        }
    }

    /** Where words, digit runs and bracketed or signed numbers start, found in one pass. */
    static final class Starts {
        final int[] all;
        final int[] digits;
        final int[] phones;

        Starts(String text) {
            int[] a = new int[Math.max(16, text.length() / 4)];
            int[] d = new int[a.length];
            int[] p = new int[a.length];
            int na = 0;
            int nd = 0;
            int np = 0;
            char previous = ' ';
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                boolean alnum = Character.isLetterOrDigit(c);
                boolean digit = c >= '0' && c <= '9';
                if (alnum && !Character.isLetterOrDigit(previous) || digit && !(previous >= '0' && previous <= '9')) {
                    if (na == a.length) {
                        a = Arrays.copyOf(a, na * 2);
                    }
                    a[na++] = i;
                }
                if (digit && !(previous >= '0' && previous <= '9') || (c == '(' || c == '+') && i + 1 < text.length()
                        && Character.isDigit(text.charAt(i + 1))) {
                    if (np == p.length) {
                        d = Arrays.copyOf(d, np * 2);
                        p = Arrays.copyOf(p, np * 2);
                    }
                    if (digit) {
                        d[nd++] = i;
                    }
                    p[np++] = i;
                }
                previous = c;
            }
            all = Arrays.copyOf(a, na);
            digits = Arrays.copyOf(d, nd);
            phones = Arrays.copyOf(p, np);
        }
    }
}
