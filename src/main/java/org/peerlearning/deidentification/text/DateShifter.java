package org.peerlearning.deidentification.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Moves dates by one number of days and writes them back in the format they came in, so that
 * intervals between dates of a case survive. Dates written without a year shift within a leap
 * year; a year alone moves with its mid-year day.
 */
final class DateShifter {

    private static final int NO_YEAR = 2000;
    private static final Pattern NUMERIC = Pattern.compile("(\\d{1,2})([/.-])(\\d{1,2})(?:([/.-])(\\d{4}|\\d{2}))?");
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})(\\d*)");
    private static final Pattern YEAR = Pattern.compile("\\d{4}|\\d{2}");
    private static final Pattern WORDS = Pattern.compile(
            "(?i)(?:(\\d{1,2})(?:st|nd|rd|th|er)?\\s{1,2}(?:of\\s)?)?(\\p{L}+)(\\.?)(?:(\\s{0,2})(\\d{1,2})(st|nd|rd|th)?)?(?:(,?\\s{0,2})(\\d{4}))?");

    private final int days;

    DateShifter(int days) {
        this.days = days;
    }

    int days() {
        return days;
    }

    String shift(String original) {
        try {
            Matcher m;
            if ((m = ISO.matcher(original)).matches()) {
                LocalDate d = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3))).plusDays(days);
                return String.format("%04d-%s-%s", d.getYear(), pad(d.getMonthValue(), m.group(2)), pad(d.getDayOfMonth(), m.group(3)));
            }
            if ((m = COMPACT.matcher(original)).matches()) {
                LocalDate d = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3))).plusDays(days);
                return String.format("%04d%02d%02d%s", d.getYear(), d.getMonthValue(), d.getDayOfMonth(), m.group(4));
            }
            if ((m = NUMERIC.matcher(original)).matches()) {
                return numeric(m);
            }
            if (YEAR.matcher(original).matches()) {
                return year(original);
            }
            if ((m = WORDS.matcher(original)).matches()) {
                return words(m);
            }
        } catch (DateTimeException | NumberFormatException e) {
            // falls through: an impossible date is still a date, written as a tag
        }
        return "[DATE]";
    }

    private String numeric(Matcher m) {
        int first = Integer.parseInt(m.group(1));
        int second = Integer.parseInt(m.group(3));
        String yearText = m.group(5);
        String sep = m.group(2);
        if (yearText == null && first <= 12 && second > 31) {
            // month/two-digit year: "8/88"
            LocalDate d = LocalDate.of(fullYear(m.group(3)), first, 15).plusDays(days);
            return d.getMonthValue() + sep + twoDigits(d.getYear());
        }
        boolean dayFirst = first > 12;
        int month = dayFirst ? second : first;
        int day = dayFirst ? first : second;
        int year = yearText == null ? NO_YEAR : fullYear(yearText);
        LocalDate d = LocalDate.of(year, month, day).plusDays(days);
        String a = pad(dayFirst ? d.getDayOfMonth() : d.getMonthValue(), m.group(1));
        String b = pad(dayFirst ? d.getMonthValue() : d.getDayOfMonth(), m.group(3));
        if (yearText == null) {
            return a + sep + b;
        }
        String y = yearText.length() == 4 ? Integer.toString(d.getYear()) : twoDigits(d.getYear());
        return a + sep + b + m.group(4) + y;
    }

    private String year(String original) {
        int year = original.length() == 4 ? Integer.parseInt(original) : fullYear(original);
        int shifted = LocalDate.of(year, 7, 1).plusDays(days).getYear();
        return original.length() == 4 ? Integer.toString(shifted) : twoDigits(shifted);
    }

    private String words(Matcher m) {
        Month month = month(m.group(2));
        if (month == null) {
            return "[DATE]";
        }
        String dayText = m.group(1) != null ? m.group(1) : m.group(5);
        int year = m.group(8) != null ? Integer.parseInt(m.group(8)) : NO_YEAR;
        int day = dayText != null ? Integer.parseInt(dayText) : 15;
        LocalDate d = LocalDate.of(year, month, day).plusDays(days);
        String name = d.getMonth().getDisplayName(m.group(2).length() <= 4 ? TextStyle.SHORT : TextStyle.FULL,
                m.group(2).chars().anyMatch(c -> c > 127) || m.group(2).toLowerCase(Locale.ROOT).matches("janvier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre")
                        ? Locale.FRENCH : Locale.ENGLISH).replace(".", "");
        if (m.group(2).length() == 4 && m.group(2).equalsIgnoreCase("sept")) {
            name = d.getMonth() == Month.SEPTEMBER ? "Sept" : name;
        }
        name = Surrogates.capitalise(name, m.group(2));
        StringBuilder out = new StringBuilder();
        if (m.group(1) != null) {
            out.append(pad(d.getDayOfMonth(), m.group(1))).append(' ');
        }
        out.append(name).append(m.group(3));
        if (m.group(5) != null) {
            out.append(m.group(4)).append(pad(d.getDayOfMonth(), m.group(5))).append(m.group(6) == null ? "" : suffix(d.getDayOfMonth()));
        }
        if (m.group(8) != null) {
            out.append(m.group(7)).append(d.getYear());
        }
        return out.toString();
    }

    private static Month month(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        String[][] names = {{"jan", "janv"}, {"feb", "fév", "fev"}, {"mar"}, {"apr", "avr"}, {"may", "mai"}, {"jun", "juin"},
                {"jul", "juil"}, {"aug", "aoû", "aou"}, {"sep"}, {"oct"}, {"nov"}, {"dec", "déc"}};
        if (w.startsWith("juil")) {
            return Month.JULY;
        }
        for (int i = 0; i < names.length; i++) {
            for (String prefix : names[i]) {
                if (w.startsWith(prefix)) {
                    return Month.of(i + 1);
                }
            }
        }
        return null;
    }

    private static String suffix(int day) {
        if (day >= 11 && day <= 13) {
            return "th";
        }
        return switch (day % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
    }

    private static int fullYear(String twoOrFour) {
        int y = Integer.parseInt(twoOrFour);
        if (twoOrFour.length() == 4) {
            return y;
        }
        return y < 30 ? 2000 + y : 1900 + y;
    }

    private static String twoDigits(int year) {
        return String.format("%02d", year % 100);
    }

    private static String pad(int value, String like) {
        return like.length() == 2 && value < 10 ? "0" + value : Integer.toString(value);
    }
}
