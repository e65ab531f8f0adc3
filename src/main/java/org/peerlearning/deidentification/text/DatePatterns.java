package org.peerlearning.deidentification.text;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.peerlearning.deidentification.PhiCategory;

import static org.peerlearning.deidentification.text.StructuredPatterns.add;
import static org.peerlearning.deidentification.text.StructuredPatterns.addGroup;
import static org.peerlearning.deidentification.text.StructuredPatterns.anchored;

/**
 * Dates in every shape notes and reports write them: ISO and slashed dates, months in words,
 * years after the events they date, ranges, ordinals and holidays' neighbours; and the numbers
 * written like dates that are not (scores, ratios, ventilator settings, doses).
 */
final class DatePatterns {

    private static final Pattern ISO_DATE = Pattern.compile("(?<![\\d.])(?:19|20)\\d{2}-[01]?\\d-[0-3]?\\d(?![\\d])"
            + "|(?<![\\d.])(?:19|20)\\d{2}[01]\\d[0-3]\\d(?=(?:\\d{4,6})?\\b)");

    private static final Pattern SLASH_DATE = Pattern.compile(
            "(?<![\\d./+-])(\\d{1,2})[/.-](\\d{1,2})(?:[/.-](\\d{4}|\\d{2}))?(?![\\d])(?!\\.\\d)");

    private static final Pattern SHORT_SLASH_DATE = Pattern.compile(
            "(?<![\\d/+])(?<!\\d[.-])(\\d{1,2})/(\\d{1,2})(?:/(\\d{4}|\\d{2}))?(?![\\d]|/\\d|\\.\\d)");

    /** A day written with a dash or with dots and a short year, right after a dated event: "admitted 7-22", "since 7.22.99". */
    private static final Pattern CUED_DASHED_DATE = Pattern.compile(
            "(?i)(?<=\\b(?:admitted|readmitted|placed|extubated|intubated|reintubated|dated|since|until|till|started|stopped|"
                    + "discharged|transferred|transfered|born|dob|expired|died)\\s{1,2})"
                    + "(?:1[0-2]|0?[1-9])(?:-(?:[12]\\d|3[01]|0?[1-9])(?:-\\d{2})?|\\.(?:[12]\\d|3[01]|0?[1-9])\\.\\d{2})"
                    + "(?![\\d%/-]|\\.\\d|\\s?(?:mg|mcg|ml|cc|units?|l\\b|lpm|liters?|hrs?|h\\b|min|mins|days?|weeks?|x\\b|times))");

    /**
     * A dashed date with a two-digit year: "7-24-92", "12-3-25". Three small dashed numbers are
     * often ranges or settings ("5-10-15"), so the day or the year must be one no range would
     * write: a day after the 12th or a year after '31.
     */
    private static final Pattern DASHED_SHORT_YEAR = Pattern.compile(
            "(?<![\\d./+-])(1[0-2]|0?[1-9])-([12]\\d|3[01]|0?[1-9])-(\\d{2})(?![\\d%/-]|\\.\\d|\\s?(?:mg|mcg|ml|cc|units?|mmhg|cm|mm|kg|l\\b|lpm|%))");

    /** A day, month word and year written tight: "22jul92", "3MAR1999". */
    private static final Pattern COMPACT_DATE = Pattern.compile(
            "(?i)(?<![\\w])(?:[12]\\d|3[01]|0?[1-9])(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)(?:19|20)?\\d{2}(?![\\w])");

    /** A month and a four-digit year: "3/2002", "11/1999". */
    private static final Pattern MONTH_YEAR = Pattern.compile("(?<![\\d/.])(?:1[0-2]|0?[1-9])/(?:19|20)\\d{2}(?![\\d/]|\\.\\d)");

    private static final String MONTHS = "jan(?:uary|\\.)?|feb(?:ruary|\\.)?|mar(?:ch|\\.)?|apr(?:il|\\.)?|may|june?|july?|aug(?:ust|\\.)?"
            + "|sep(?:t(?:ember)?)?\\.?|oct(?:ober|\\.)?|nov(?:ember|\\.)?|dec(?:ember|\\.)?"
            + "|janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre";

    private static final Pattern MONTH_DATE = Pattern.compile("(?i)(?<![\\w])(?:\\d{1,2}(?:st|nd|rd|th|er)?(?:\\s{1,2}|-)(?:of\\s)?)?(?:"
            + MONTHS + ")(?:(?:\\s{0,2}|-)\\d{1,2}(?:st|nd|rd|th)?(?![\\d:]))?(?:,?(?:\\s{0,2}|-)(?:of\\s{1,2})?(?:19|20)\\d{2})?(?![\\w])");

    private static final Pattern YEAR = Pattern.compile("(?<![\\w.:/-])(19\\d{2}|20\\d{2})(?![\\w:/-]|\\.\\d|\\s?(?:mg|mcg|ml|cc|units?|kcal|cal|hrs?|h)\\b)");

    /** '92 and 92' for 1992, but not 80's (the eighties of a measurement). */
    private static final Pattern APOSTROPHE_YEAR = Pattern.compile(
            "(?<=(?<!\\d)['\u2019])(\\d{2})(?![\\d'\u2019])"
                    // 92' for 1992; not "HOB 30'" nor "x 30'" (degrees and minutes)
                    + "|(?<![\\w'\u2019.,/])(?<!(?i:hob|x|q|for|up|at)\\s{1,2})([4-9]\\d)(?=['\u2019](?![\\w]))");

    /** Two dates written back to back for a range, "10/03/10/04", and a year after a period, "11/21.93". */
    private static final Pattern DATE_PAIR = Pattern.compile(
            "(?<![\\d/.])(1[0-2]|0?[1-9])/([12]\\d|3[01]|0?[1-9])/(1[0-2]|0?[1-9])/([12]\\d|3[01]|0?[1-9])(?![\\d/]|\\.\\d)"
                    + "|(?<![\\d/.])(1[0-2]|0?[1-9])/([12]\\d|3[01]|0?[1-9])\\.(\\d{2})(?![\\d.])");

    /**
     * A two-digit year right after an event of the history: "PMH MI 92, CABG", "s/p CVA in 88".
     * Only 40-99 without an apostrophe: smaller numbers after these words are grades and counts.
     */
    private static final Pattern HISTORY_YEAR = Pattern.compile(
            "(?i)(?<=\\b(?:mi|cabg|ptca|pci|stent|stents|cva|tia|avr|mvr|dvt|icd|ppm|pacer|turp|tah|appy|chole|ablation|"
                    + "repair|surgery|dx|dx'd|diagnosed|dx'ed)(?:\\s{1,2}in)?\\s{1,2})([4-9]\\d)(?=\\s{0,2}(?:[,;)]|\\.(?!\\d)|$|\\n|and\\b|&))");

    private static final Pattern RANGE_TAIL = Pattern.compile("\\s?-\\s?(\\d{1,2})/(\\d{1,2})(?:/(?:\\d{4}|\\d{2}))?(?![\\d/]|\\.\\d)");

    private static final Pattern ORDINAL_DAY = Pattern.compile(
            "(?i)(?<=\\b(?:on|since|from|until|till|thru|through|by|before|after|for|was|is|of)\\s{1,2}the\\s{1,2})"
                    + "([1-9]|[12]\\d|3[01])(?:st|nd|rd|th)\\b(?!\\s{0,2}(?:ventricle|unit|units|liter|liters|bag|attempt|try|set|shift|round|"
                    + "cycle|course|episode|bottle|hour|hr|one|line|level|stage|year|month|admission|amp|amps|pack|vial|"
                    + "sample|specimen|culture|pass|stick|person|child|rib|ribs|digit|toe|finger|metacarpal|"
                    + "metatarsal|intercostal|ics|cranial|nerve|floor|percentile|grade|degree|day|week|dose|lumbar|cervical|"
                    + "thoracic|sacral|segment|space|time|trimester|decade|generation|branch|order|compartment|extensor|web))");

    /** "on 3rd." and "on 14th at noon": without "the", only where the ordinal ends a phrase. */
    private static final Pattern ORDINAL_ON = Pattern.compile(
            "(?i)(?<=\\bon\\s{1,2})([1-9]|[12]\\d|3[01])(?:st|nd|rd|th)\\b(?=\\s{0,2}(?:[.,;:)]|$|at\\b|and\\b|or\\b|@))");

    /** Words that date what follows them: a fraction after one of these is a day and month ("LBM 3/4"). */
    private static final Pattern DATE_CUE = Pattern.compile(
            "(?i)\\b(?:on|since|until|till|thru|lbm|bm|hd|echo|mi|ami|cabg|cathed|there|admitted|admit|adm|readmitted|extubated|intubated|reintubated|dated|"
                    + "started|stopped|began|discharged|d/c'd|dc'd|transferred|born|dob|due|completed|resumed|drawn|obtained|"
                    + "performed|placed|done)\\s{1,2}$");

    private static final Pattern RESPIRATORY = Pattern.compile(
            "(?i)\\b(?:resp|abg|wean|weaning|vent|trach|mask|sbt|fio2|bipap|cpap|peep|psv|ps|o2|sats?|extubat\\w*|rsbi|pmv)\\b");

    /** Events whose date follows them directly: "(PLACED 6/10)", "extubated 7/16", "last HD 8/27". */
    private static final Pattern EVENT_BEFORE_DATE = Pattern.compile(
            "(?i)\\b(?:admitted|readmitted|adm|placed|extubated|intubated|reintubated|lbm|hd|dated|since|until|till|"
                    + "started|stopped|discharged|transferred|transfered|there|echo|cathed|inserted|changed|removed|"
                    + "d/c'd|dc'd)\\)?\\s{1,2}\\(?$");

    /** What follows a fraction that is an amount: "1/2 NS", "3/4 of the tray", "1/2 hr". */
    private static final Pattern NOT_A_DATE_AFTER = Pattern.compile(
            "(?i)^\\s{0,2}(?:[a-z]{0,3}ns\\b|nss|of\\b|hr|hour|tab|amp|dose|liter|l\\b|cup|can\\b|glass|bag|unit|strength|str\\b|"
                    + "portion|mg|mcg|ml|cc|inch|in\\b|way|dilute|normal|saline|water|h2o|/|-|[a-z]*%|%)");

    /** Ventilator settings and other numbers-over-numbers that sit near these words are not dates. */
    private static final Pattern VENT_CONTEXT = Pattern.compile(
            "(?i)\\b(?:psv|ps|ips|peep|cpap|bipap|bi-pap|simv|imv|settings|pressure support|a/c|flowby|c/o|pain|scale|score|"
                    + "strength|grade|murmur|trial|trialed)\\b[^\\n]{0,14}$");

    private static final Pattern TIME_CONTEXT = Pattern.compile(
            "(?i)(?:\\bat|@|approx\\.?|around|until|till|by|from|to|-|~|and|time|x|q)\\s{0,2}$");

    private static final Pattern RATIO_BEFORE = Pattern.compile("\\b(?:strength|motor|power|grade|score|gcs|ratio|bp|nbp|abp|pupils?"
            + "|perrla?|reflexes|murmur|sounds?|x|rate|sat|rr|vent|ps|peep|cpap|i:e|ie|mae|moves|grips?|out of|scale|aox|ox|a&o|a\\+o)"
            + "\\s{0,2}[:=,]?\\s{0,2}$");

    private static final Pattern VENTILATOR = Pattern.compile(
            "(?i)\\b(?:ps|psv|ips|peep|cpap|bipap|bi-pap|simv|settings|mask ventilation|vent|vented|a/c|ac mode|ac)\\b");

    private static final Pattern RATIO_AFTER = Pattern.compile("^\\s{0,2}(?:strength|str|power|tabs?|ns|nss|dose|of|x\\b|scale|pain"
            + "|pupils|mm|cm|ml|cc|peep|bottles?|bl|blood|bcx|cx|bilat|bilaterally|b/l|throughout|upper|lower|murmur|sem|hsm|%|/"
            + "|bipap|cpap|psv|ps\\b|simv|fio2|cp\\b|chest pain)");

    private static void slashDates(String text, StructuredPatterns.Starts starts, List<Candidate> out) {
        Matcher m = anchored(SHORT_SLASH_DATE, text);
        for (int at : starts.digits) {
            if (!m.region(at, text.length()).lookingAt()) {
                continue;
            }
            int first = Integer.parseInt(m.group(1));
            int second = Integer.parseInt(m.group(2));
            boolean hasYear = m.group(3) != null;
            boolean dayMonth = first >= 1 && first <= 12 && second >= 1 && second <= 31;
            boolean monthYear = !hasYear && first >= 1 && first <= 12 && m.group(2).length() == 2 && second > 31;
            boolean dayFirst = first >= 13 && first <= 31 && second >= 1 && second <= 12;
            if (!(dayMonth || monthYear || dayFirst) || looksLikeRatio(text, m.start(), m.end(), hasYear)) {
                continue;
            }
            out.add(new Candidate(m.start(), m.end(), PhiCategory.DATE, hasYear ? Candidate.PATTERN : Candidate.CONTEXT));
            rangeEnd(text, m.end(), out);
        }
        Matcher dotted = anchored(SLASH_DATE, text);
        for (int at : starts.digits) {
            if (!dotted.region(at, text.length()).lookingAt()) {
                continue;
            }
            // Dashed and dotted dates only count with a year: 3-4 and 1.5 are ranges and numbers.
            if (dotted.group(3) != null && text.charAt(dotted.start(1) + dotted.group(1).length()) != '/'
                    && dotted.group(3).length() == 4) {
                int first = Integer.parseInt(dotted.group(1));
                int second = Integer.parseInt(dotted.group(2));
                if (first >= 1 && first <= 31 && second >= 1 && second <= 31) {
                    out.add(new Candidate(dotted.start(), dotted.end(), PhiCategory.DATE, Candidate.PATTERN));
                }
            }
        }
    }

    private static void dashedShortYears(String text, StructuredPatterns.Starts starts, List<Candidate> out) {
        Matcher m = anchored(DASHED_SHORT_YEAR, text);
        for (int at : starts.digits) {
            if (m.region(at, text.length()).lookingAt()
                    && (Integer.parseInt(m.group(2)) > 12 || Integer.parseInt(m.group(3)) > 31)
                    && !looksLikeRatio(text, m.start(), m.end(), true)
                    && !RATIO_BEFORE.matcher(text.substring(Math.max(0, m.start() - 14), m.start()).toLowerCase(Locale.ROOT)).find()) {
                out.add(new Candidate(m.start(), m.end(), PhiCategory.DATE, Candidate.CONTEXT));
            }
        }
    }

    /** The second date of a range after a date: "7/22-7/23", "12/3 - 12/5". */
    private static void rangeEnd(String text, int after, List<Candidate> out) {
        Matcher tail = anchored(RANGE_TAIL, text);
        if (after < text.length() && tail.region(after, text.length()).lookingAt()) {
            int month = Integer.parseInt(tail.group(1));
            int day = Integer.parseInt(tail.group(2));
            if (month >= 1 && month <= 12 && day >= 1 && day <= 31) {
                out.add(new Candidate(tail.start(1), tail.end(), PhiCategory.DATE, Candidate.CONTEXT));
            }
            return;
        }
        // "7/22&23", "7/22,23": a second day of the same month
        Matcher more = anchored(MORE_DAYS, text);
        if (after < text.length() && more.region(after, text.length()).lookingAt()
                && Integer.parseInt(more.group(1)) > day(text, after) && Integer.parseInt(more.group(1)) <= 31) {
            out.add(new Candidate(more.start(1), more.end(1), PhiCategory.DATE, Candidate.CONTEXT));
            return;
        }
        // "7/22-25": a range of days in the same month
        Matcher days = anchored(DAY_TAIL, text);
        if (after < text.length() && days.region(after, text.length()).lookingAt()) {
            int firstDay = Integer.parseInt(text.substring(text.lastIndexOf('/', after - 1) + 1, after).replaceAll("\\D", "").isEmpty()
                    ? "0" : text.substring(text.lastIndexOf('/', after - 1) + 1, after).replaceAll("\\D", ""));
            int lastDay = Integer.parseInt(days.group(1));
            if (lastDay > firstDay && lastDay <= 31) {
                out.add(new Candidate(days.start(1), days.end(1), PhiCategory.DATE, Candidate.CONTEXT));
            }
        }
    }

    private static final Pattern MORE_DAYS = Pattern.compile("(?:,|\\s?&\\s?)(\\d{1,2})(?![\\d/:%.,]|\\s?(?:mg|mcg|ml|cc|units?|hrs?|h|min|mins|cm|mm|kg|l|%|yo|y/o|years?)\\b)");

    /** The day of the slash date that ends at {@code end}: "7/22" gives 22. */
    private static int day(String text, int end) {
        int slash = text.lastIndexOf('/', end - 1);
        String digits = text.substring(slash + 1, end).replaceAll("\\D", "");
        return digits.isEmpty() ? 0 : Integer.parseInt(digits);
    }

    private static final Pattern DAY_TAIL = Pattern.compile("-(\\d{1,2})(?![\\d/:%]|\\.\\d|\\s?(?:mg|mcg|ml|cc|units?|hrs?|h|min|mins|cm|mm|kg|l|%)\\b)");

    /** Scores (5/5 strength), fractions and vital-sign pairs written like dates. */
    private static boolean looksLikeRatio(String text, int start, int end, boolean hasYear) {
        if (hasYear) {
            // "700x15/5/40%" are ventilator settings
            return end < text.length() && text.charAt(end) == '%' || start > 0 && (text.charAt(start - 1) == 'x'
                    || text.charAt(start - 1) == 'X');
        }
        String fraction = text.substring(start, end);
        if (end < text.length() && text.charAt(end) == '%') {
            return true;
        }
        if (fraction.equals("1/2") || fraction.equals("1/3") || fraction.equals("1/4") || fraction.equals("2/3")
                || fraction.equals("3/4")) {
            // A fraction is a date only right after a word that dates something: "LBM 3/4", "extubated 2/3".
            String before = text.substring(Math.max(0, start - 16), start);
            String after = text.substring(end, Math.min(text.length(), end + 12));
            if (!DATE_CUE.matcher(before).find() || NOT_A_DATE_AFTER.matcher(after).find()) {
                return true;
            }
        }
        int slash = fraction.indexOf('/');
        int denominator = Integer.parseInt(fraction.substring(slash + 1));
        // Right after an event that is dated ("PLACED 6/10", "admitted there 2/3") a ventilator
        // word earlier in the sentence says nothing.
        boolean dated = EVENT_BEFORE_DATE.matcher(text.substring(Math.max(0, start - 16), start)).find();
        if (!dated && denominator <= 20 && VENT_CONTEXT.matcher(text.substring(Math.max(0, start - 24), start)).find()) {
            return true;
        }
        // Pressure support over PEEP ("5/5", "10/5", "12/8") anywhere in a ventilator sentence.
        if (!dated && denominator <= 12 && VENTILATOR.matcher(text.substring(Math.max(0, start - 60), start)).find()) {
            return true;
        }
        // "pt remained on 5/5", "abg acceptable on 5/5": equal pressures in a breathing sentence
        if (!dated && fraction.substring(0, slash).equals(fraction.substring(slash + 1)) && denominator <= 15
                && RESPIRATORY.matcher(text.substring(Math.max(0, start - 100), start)).find()) {
            return true;
        }
        char previous = start > 0 ? Character.toLowerCase(text.charAt(start - 1)) : ' ';
        char twoBefore = start > 1 ? Character.toLowerCase(text.charAt(start - 2)) : ' ';
        if (previous == 'x' && Character.isDigit(twoBefore) || previous == '.' && twoBefore == 'x') {
            return true; // "700x10x.3/5"
        }
        String before = text.substring(Math.max(0, start - 14), start).toLowerCase(Locale.ROOT);
        String after = text.substring(end, Math.min(text.length(), end + 12)).toLowerCase(Locale.ROOT);
        if (RATIO_BEFORE.matcher(before).find()) {
            return true;
        }
        Matcher ratioAfter = RATIO_AFTER.matcher(after);
        if (!ratioAfter.find()) {
            return false;
        }
        // "2/4 bcx" counts bottles; "7/22 BCx" dates a culture
        boolean cultureWord = after.matches("(?s)^\\s{0,2}(?:bottles?|bl|blood|bcx|cx)\\b.*");
        int numerator = Integer.parseInt(fraction.substring(0, slash));
        return !cultureWord || numerator <= denominator && denominator <= 6;
    }

    private static void monthDates(String text, StructuredPatterns.Starts starts, List<Candidate> out) {
        Matcher m = anchored(MONTH_DATE, text);
        int last = -1;
        for (int at : starts.all) {
            if (at < last || !m.region(at, text.length()).lookingAt()) {
                continue;
            }
            last = m.end();
            String found = m.group();
            boolean hasNumber = found.chars().anyMatch(Character::isDigit);
            String word = found.replaceAll("[^\\p{L}]", "").toLowerCase(Locale.ROOT);
            if (!hasNumber) {
                // A bare month word: "may", "march" and "mar", "dec" (decreased) are too often words.
                boolean bareAbbreviation = word.length() == 3 && !found.endsWith(".");
                boolean ambiguous = bareAbbreviation || word.equals("may") || word.equals("mar") || word.equals("dec") || word.equals("mai")
                        || word.equals("mars") || word.equals("jan") || word.equals("june") && !Character.isUpperCase(found.charAt(0));
                if (ambiguous || word.equals("march") && Character.isLowerCase(found.charAt(0))) {
                    continue;
                }
            }
            out.add(new Candidate(m.start(), m.end(), PhiCategory.DATE, hasNumber ? Candidate.PATTERN : Candidate.CONTEXT));
        }
    }

    private static void years(String text, StructuredPatterns.Starts starts, List<Candidate> out) {
        Matcher m = anchored(YEAR, text);
        for (int at : starts.digits) {
            if (!m.region(at, text.length()).lookingAt()) {
                continue;
            }
            int value = Integer.parseInt(m.group(1));
            boolean couldBeClock = value % 100 < 60 && value < 2400;
            if (couldBeClock) {
                String before = text.substring(Math.max(0, m.start() - 10), m.start());
                if (TIME_CONTEXT.matcher(before).find()
                        || text.startsWith("-", m.end()) || text.regionMatches(true, m.end(), " hr", 0, 3)) {
                    continue;
                }
            }
            out.add(new Candidate(m.start(), m.end(), PhiCategory.DATE, Candidate.CONTEXT));
        }
    }

    private DatePatterns() {
    }

    /** The dates of {@code text}, tried where {@code starts} says a match can begin. */
    static void find(String text, StructuredPatterns.Starts starts, List<Candidate> out) {
        add(ISO_DATE, text, starts.digits, out, PhiCategory.DATE, Candidate.PATTERN);
        add(MONTH_YEAR, text, starts.digits, out, PhiCategory.DATE, Candidate.PATTERN);
        add(COMPACT_DATE, text, starts.digits, out, PhiCategory.DATE, Candidate.PATTERN);
        dashedShortYears(text, starts, out);
        add(CUED_DASHED_DATE, text, starts.digits, out, PhiCategory.DATE, Candidate.CONTEXT);
        addGroup(APOSTROPHE_YEAR, text, starts.digits, out, PhiCategory.DATE, Candidate.CONTEXT);
        add(ORDINAL_DAY, text, starts.digits, out, PhiCategory.DATE, Candidate.CONTEXT);
        add(ORDINAL_ON, text, starts.digits, out, PhiCategory.DATE, Candidate.CONTEXT);
        add(DATE_PAIR, text, starts.digits, out, PhiCategory.DATE, Candidate.CONTEXT);
        addGroup(HISTORY_YEAR, text, starts.digits, out, PhiCategory.DATE, Candidate.CONTEXT);
        slashDates(text, starts, out);
        monthDates(text, starts, out);
        years(text, starts, out);
    }
}
