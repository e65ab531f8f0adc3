package org.peerlearning.bench.deid;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces the names of people and places in a labelled note by words drawn from a pool, so rules
 * and the word model meet the contexts of the notes with names they never saw. The pools:
 * "listed" (names-list surnames that are no English word), "everyday" (census surnames that are
 * English words: the hard case), "invented" (made-up words in no list).
 */
public final class NameSwap {

    private NameSwap() {
    }

    public static Map<String, List<String>> pools() throws IOException {
        Set<String> english = resourceWords("english-words.txt");
        Map<String, List<String>> pools = new LinkedHashMap<>();
        pools.put("listed", resourceWords("surnames.txt").stream().filter(w -> w.matches("[a-z]{4,}") && !english.contains(w))
                .sorted().toList());
        pools.put("everyday", resourceWords("surnames-census.txt").stream().filter(w -> w.matches("[a-z]{3,}") && english.contains(w))
                .sorted().toList());
        String[] syllables = {"ka", "lo", "vren", "tis", "mar", "bek", "zu", "dol", "fen", "rik", "sha", "po", "gan", "tel", "wim", "dro"};
        Random made = new Random(1);
        List<String> invented = new ArrayList<>();
        while (invented.size() < 3000) {
            String w = syllables[made.nextInt(16)] + syllables[made.nextInt(16)] + syllables[made.nextInt(16)];
            if (!english.contains(w)) {
                invented.add(w);
            }
        }
        pools.put("invented", invented);
        return pools;
    }

    /** The document with every word of its person and place spans replaced from the pool (same word, same replacement). */
    public static LabelledDocument swap(LabelledDocument doc, List<String> pool, Random random) {
        String t = doc.text();
        Map<String, String> chosen = new java.util.HashMap<>();
        StringBuilder out = new StringBuilder();
        List<GoldSpan> gold = new java.util.ArrayList<>();
        int last = 0;
        List<GoldSpan> sorted = new java.util.ArrayList<>(doc.gold());
        sorted.sort(java.util.Comparator.comparingInt(GoldSpan::start));
        Pattern word = Pattern.compile("[A-Za-z]{2,}");
        for (GoldSpan g : sorted) {
            if (g.start() < last) {
                continue;
            }
            out.append(t, last, g.start());
            int start = out.length();
            String span = t.substring(g.start(), g.end());
            if (g.category().endsWith("Name") || g.category().equals("Location")) {
                Matcher m = word.matcher(span);
                StringBuilder replaced = new StringBuilder();
                int p = 0;
                while (m.find()) {
                    String w = m.group();
                    String r = chosen.computeIfAbsent(w.toLowerCase(java.util.Locale.ROOT), k -> pool.get(random.nextInt(pool.size())));
                    if (w.equals(w.toUpperCase(java.util.Locale.ROOT))) {
                        r = r.toUpperCase(java.util.Locale.ROOT);
                    } else if (Character.isUpperCase(w.charAt(0))) {
                        r = Character.toUpperCase(r.charAt(0)) + r.substring(1);
                    }
                    replaced.append(span, p, m.start()).append(r);
                    p = m.end();
                }
                span = replaced.append(span.substring(p)).toString();
            }
            out.append(span);
            gold.add(new GoldSpan(start, out.length(), g.category()));
            last = g.end();
        }
        out.append(t.substring(last));
        return new LabelledDocument(doc.id(), out.toString(), gold, doc.known(), List.of());
    }

    private static Set<String> resourceWords(String name) throws IOException {
        Set<String> words = new HashSet<>();
        try (var in = NameSwap.class.getResourceAsStream("/deidentification/text/" + name)) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.startsWith("#")) {
                    for (String w : line.toLowerCase(java.util.Locale.ROOT).split("\\s+")) {
                        if (!w.isEmpty()) {
                            words.add(w);
                        }
                    }
                }
            }
        }
        return words;
    }

}
