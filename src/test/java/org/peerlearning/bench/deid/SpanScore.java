package org.peerlearning.bench.deid;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;

import org.peerlearning.deidentification.PhiFinding;

/**
 * Recall and precision of findings against gold spans. A gold span counts as found when every
 * letter and digit of it lies inside some finding (annotators sometimes include a trailing comma
 * or colon; punctuation is not PHI). A finding counts as correct when it
 * overlaps at least one gold span. Survivors (planted clinical terms) must not overlap any finding.
 */
public final class SpanScore {

    public final Map<String, int[]> goldByCategory = new TreeMap<>();
    public final Map<String, int[]> foundByCategory = new TreeMap<>();
    public int gold;
    public int goldFound;
    public int goldTouched;
    public int findings;
    public int findingsCorrect;
    public int survivors;
    public int survivorsKept;

    public void add(LabelledDocument doc, List<PhiFinding> found) {
        String text = doc.text();
        for (GoldSpan g : doc.gold()) {
            boolean covered = true;
            boolean touched = false;
            for (int p = g.start(); p < g.end(); p++) {
                if (!Character.isLetterOrDigit(text.charAt(p))) {
                    continue;
                }
                boolean in = false;
                for (PhiFinding f : found) {
                    if (f.start() <= p && p < f.end()) {
                        in = true;
                        break;
                    }
                }
                covered &= in;
                touched |= in;
            }
            gold++;
            int[] c = goldByCategory.computeIfAbsent(g.category(), k -> new int[2]);
            c[0]++;
            if (covered) {
                goldFound++;
                c[1]++;
            }
            if (touched) {
                goldTouched++;
            }
        }
        for (PhiFinding f : found) {
            boolean correct = doc.gold().stream().anyMatch(g -> f.overlaps(g.start(), g.end()));
            findings++;
            int[] c = foundByCategory.computeIfAbsent(f.category().name(), k -> new int[2]);
            c[0]++;
            if (correct) {
                findingsCorrect++;
                c[1]++;
            }
        }
        for (GoldSpan s : doc.mustSurvive()) {
            survivors++;
            if (found.stream().noneMatch(f -> f.overlaps(s.start(), s.end()))) {
                survivorsKept++;
            }
        }
    }

    public double recall() {
        return gold == 0 ? 1 : (double) goldFound / gold;
    }

    public double precision() {
        return findings == 0 ? 1 : (double) findingsCorrect / findings;
    }

    public double survival() {
        return survivors == 0 ? 1 : (double) survivorsKept / survivors;
    }

    public String report(String title) {
        StringBuilder out = new StringBuilder();
        out.append(String.format("%s%n  recall %.4f (%d/%d gold spans fully covered; %.4f touched)  precision %.4f (%d/%d findings overlap gold)%n",
                title, recall(), goldFound, gold, gold == 0 ? 1.0 : (double) goldTouched / gold, precision(), findingsCorrect, findings));
        BiFunction<String, int[], String> line = (k, c) -> String.format("    %-18s %5d/%-5d %.4f%n", k, c[1], c[0], c[0] == 0 ? 1.0 : (double) c[1] / c[0]);
        out.append("  recall by gold category:\n");
        goldByCategory.forEach((k, c) -> out.append(line.apply(k, c)));
        out.append("  precision by found category:\n");
        foundByCategory.forEach((k, c) -> out.append(line.apply(k, c)));
        if (survivors > 0) {
            out.append(String.format("  planted eponyms and clinical terms kept: %d/%d = %.4f%n", survivorsKept, survivors, survival()));
        }
        return out.toString();
    }
}
