package org.peerlearning.deidentification.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The word lists behind the rules, loaded once from the class path: given names and surnames
 * (for finding names and picking surrogates), lower-case English words (to tell a name from an
 * ordinary word), clinical words, the eponym and clinical-term allow list, and a gazetteer.
 */
public final class Lexicon {

    private static final String BASE = "/deidentification/text/";

    final Set<String> givenNames;
    final Set<String> surnames;
    /** Census surnames that are also English words: names only right after a given name ("MARY BELL"). */
    final Set<String> everydaySurnames = new HashSet<>();
    final Set<String> englishWords;
    final Set<String> clinicalWords;
    /**
     * Allow-listed terms, by their first word, each as its lower-case words: clinical terms, and
     * states, provinces and countries of more than one word ("North Carolina", "Puerto Rico"),
     * too large a place to identify anyone, whose words would otherwise pass for names.
     */
    final Map<String, List<String[]>> clinicalTerms;
    final Map<String, List<String[]>> places;
    final Map<String, List<String[]>> facilities;
    /**
     * Cities and towns of Canada and the United States from a public gazetteer. One-word names
     * that are also English, clinical or very short words are left out: "Laurel", "Mobile" and
     * "Ada" would match ordinary prose.
     */
    final Map<String, List<String[]>> towns;
    /** One-word towns left out of {@link #towns} for being English words ("Laurel", "Bath"): places only after "lives in". */
    final Set<String> everydayTowns = new HashSet<>();
    /** Holidays: they date a note as a day and month do. */
    final Map<String, List<String[]>> holidays;
    final List<String> surrogateGivenNames;
    final List<String> surrogateSurnames;

    private Lexicon() {
        englishWords = words("english-words.txt");
        clinicalWords = words("clinical-words.txt");
        givenNames = words("given-names.txt");
        words("given-names-census.txt").stream().filter(n -> !isEnglish(n)).forEach(givenNames::add);
        surnames = words("surnames.txt");
        for (String name : words("surnames-census.txt")) {
            (isEnglish(name) ? everydaySurnames : surnames).add(name);
        }
        clinicalTerms = phrases(lines("clinical-terms.txt"), true);
        phrases(REGIONS.stream().filter(region -> region.contains(" ")).toList(), false)
                .forEach((first, regions) -> clinicalTerms.computeIfAbsent(first, k -> new ArrayList<>()).addAll(regions));
        places = phrases(commaSeparated("places.txt"), false);
        facilities = phrases(commaSeparated("facilities.txt"), false);
        holidays = phrases(commaSeparated("holidays.txt"), false);
        towns = phrases(lines("towns.txt").stream().filter(this::distinctiveTown).toList(), false);
        // Surrogates come from names that are plainly names (not also English words), so a
        // replacement never reads like clinical prose.
        surrogateGivenNames = givenNames.stream().filter(n -> n.length() >= 3 && !englishWords.contains(n))
                .sorted().toList();
        surrogateSurnames = surnames.stream().filter(n -> n.length() >= 4 && !englishWords.contains(n))
                .filter(n -> n.chars().allMatch(Character::isLetter)).sorted().toList();
    }

    private static final class Holder {
        static final Lexicon INSTANCE = new Lexicon();
    }

    public static Lexicon get() {
        return Holder.INSTANCE;
    }

    boolean isEnglish(String lower) {
        return englishWords.contains(lower) || clinicalWords.contains(lower);
    }

    boolean isGivenName(String lower) {
        return givenNames.contains(lower);
    }

    boolean isSurname(String lower) {
        return surnames.contains(lower);
    }

    boolean isAnyName(String lower) {
        return givenNames.contains(lower) || surnames.contains(lower);
    }

    /** States, provinces and countries that are also town names: too large to identify anyone. */
    private static final Set<String> REGIONS = Set.of("alabama", "alaska", "arizona", "arkansas", "california",
            "colorado", "connecticut", "delaware", "florida", "georgia", "hawaii", "idaho", "illinois", "indiana",
            "iowa", "kansas", "kentucky", "louisiana", "maine", "maryland", "massachusetts", "michigan", "minnesota",
            "mississippi", "missouri", "montana", "nebraska", "nevada", "new hampshire", "new jersey", "new mexico",
            "new york", "north carolina", "north dakota", "ohio", "oklahoma", "oregon", "pennsylvania",
            "rhode island", "south carolina", "south dakota", "tennessee", "texas", "utah", "vermont", "virginia",
            "washington", "west virginia", "wisconsin", "wyoming", "ontario", "quebec", "québec", "manitoba",
            "saskatchewan", "alberta", "british columbia", "nova scotia", "new brunswick", "newfoundland",
            "labrador", "yukon", "nunavut", "canada", "mexico", "america", "england", "ireland", "scotland",
            "wales", "france", "italy", "germany", "poland", "russia", "china", "india", "japan", "korea",
            "cuba", "haiti", "jamaica", "brazil", "peru", "chile", "lebanon", "jordan", "egypt", "israel", "iran",
            "iraq", "turkey", "greece", "spain", "portugal", "holland", "sweden", "norway", "denmark", "finland",
            "puerto rico", "costa rica", "el salvador", "dominican republic", "south africa", "new zealand", "sri lanka",
            "hong kong", "saudi arabia", "united states", "united kingdom", "great britain", "northern ireland",
            "south korea", "north korea", "trinidad and tobago", "prince edward island", "northwest territories");

    /** A state, province or country: too large a place to identify anyone. */
    boolean isRegion(String lower) {
        return REGIONS.contains(lower);
    }

    private boolean distinctiveTown(String name) {
        if (REGIONS.contains(name.toLowerCase(Locale.ROOT))) {
            return false;
        }
        String[] words = Tokens.words(name.toLowerCase(Locale.ROOT));
        if (words.length != 1) {
            return words.length > 1;
        }
        String w = words[0];
        boolean distinctive = w.length() >= 4 && !isEnglish(w) && !clinicalTerms.containsKey(w) && !isEnglish(w.replace("'s", ""));
        if (!distinctive && w.length() >= 4 && englishWords.contains(w) && !clinicalWords.contains(w) && !clinicalTerms.containsKey(w)) {
            everydayTowns.add(w);
        }
        return distinctive;
    }

    private static Map<String, List<String[]>> phrases(List<String> entries, boolean possessives) {
        Map<String, List<String[]>> byFirst = new HashMap<>();
        for (String entry : entries) {
            if (entry.isEmpty()) {
                continue;
            }
            String[] words = Tokens.words(entry.toLowerCase(Locale.ROOT));
            if (words.length == 0) {
                continue;
            }
            byFirst.computeIfAbsent(words[0], k -> new ArrayList<>()).add(words);
            if (possessives && words.length > 1) {
                // "Baker cyst" also protects "Baker's cyst" and "Bakers cyst".
                String[] plural = words.clone();
                plural[0] = words[0] + "s";
                byFirst.computeIfAbsent(plural[0], k -> new ArrayList<>()).add(plural);
                String[] possessive = words.clone();
                possessive[0] = words[0] + "'s";
                byFirst.computeIfAbsent(possessive[0], k -> new ArrayList<>()).add(possessive);
            }
        }
        // Longest first, so the longest allowed phrase wins.
        byFirst.values().forEach(list -> list.sort((a, b) -> b.length - a.length));
        return byFirst;
    }

    private static List<String> commaSeparated(String name) {
        List<String> entries = new ArrayList<>();
        for (String line : lines(name)) {
            for (String entry : line.split(",")) {
                entries.add(entry.strip());
            }
        }
        return entries;
    }

    private static Set<String> words(String name) {
        Set<String> set = new HashSet<>();
        for (String line : lines(name)) {
            for (String word : line.split("\\s+")) {
                if (!word.isEmpty()) {
                    set.add(word.toLowerCase(Locale.ROOT));
                }
            }
        }
        return set;
    }

    private static List<String> lines(String name) {
        List<String> lines = new ArrayList<>();
        try (InputStream in = Lexicon.class.getResourceAsStream(BASE + name)) {
            if (in == null) {
                throw new IllegalStateException("missing word list " + name);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                line = line.strip();
                if (!line.isEmpty() && !line.startsWith("#")) {
                    lines.add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }
}
