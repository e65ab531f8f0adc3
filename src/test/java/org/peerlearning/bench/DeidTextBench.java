package org.peerlearning.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.peerlearning.bench.deid.GoldSpan;
import org.peerlearning.bench.deid.LabelledDocument;
import org.peerlearning.bench.deid.NameSwap;
import org.peerlearning.bench.deid.PhysionetCorpus;
import org.peerlearning.bench.deid.RadiologyCorpus;
import org.peerlearning.bench.deid.SpanScore;
import org.peerlearning.deidentification.KnownIdentifiers;
import org.peerlearning.deidentification.PhiFinding;
import org.peerlearning.deidentification.TextDeidentificationMode;
import org.peerlearning.deidentification.TextDeidentifier;

/**
 * Report-text de-identification benchmark: quality on the PhysioNet nursing notes and on the
 * radiology set, and throughput against a plain regex scan-and-copy of the same text. Run from
 * the project root with bench/deid-text.sh; "--quality-only" skips the throughput; "--errors FILE" writes misses and false alarms (with "--swap", of the swapped notes too) of the
 * tuning part of the nursing notes and of the radiology set.
 */
public final class DeidTextBench {

    private DeidTextBench() {
    }

    public static void main(String[] args) throws IOException {
        List<String> options = List.of(args);
        int at = options.indexOf("--errors");
        Path errors = at >= 0 && at + 1 < args.length ? Path.of(args[at + 1]) : null;
        TextDeidentifier deid = TextDeidentifier.withSecret("benchmark");
        List<LabelledDocument> physionet = PhysionetCorpus.load(PhysionetCorpus.DEFAULT);
        List<LabelledDocument> radiology = RadiologyCorpus.load(RadiologyCorpus.DEFAULT);
        try (PrintWriter err = errors == null ? null : new PrintWriter(Files.newBufferedWriter(errors, StandardCharsets.UTF_8))) {
            // Errors are written for the tuning part only: the held-out part stays unread.
            List<LabelledDocument> tuning = PhysionetCorpus.part(physionet, PhysionetCorpus.TUNING);
            List<LabelledDocument> heldOut = PhysionetCorpus.part(physionet, PhysionetCorpus.HELD_OUT);
            print(score(deid, tuning, false, err).report("PhysioNet deid dev, tuning part: odd patients (" + tuning.size() + " notes)"));
            print(score(deid, heldOut, false, null).report("PhysioNet deid dev, held-out part: even patients (" + heldOut.size() + " notes)"));
            print(score(deid, physionet, false, null).report("PhysioNet deid dev, all (" + physionet.size() + " nursing notes)"));
            print(score(deid, radiology, false, err).report("Radiology set (" + radiology.size() + " reports), exam identifiers NOT given"));
            print(score(deid, radiology, true, null).report("Radiology set (" + radiology.size() + " reports), exam identifiers given"));
            if (options.contains("--swap")) {
                swapped(deid, tuning, err);
            }
        }
        if (!options.contains("--quality-only")) {
            throughput(deid, physionet);
        }
    }

    /**
     * Generalisation check on the tuning part only: every person's and place's name is replaced by
     * another drawn from a word list ({@link NameSwap}) (same case, same name for the same word within a note), so
     * the rules meet contexts they were written from with names they never saw. The word lists:
     * "listed" (names-list surnames that are no English word), "everyday" (census surnames that
     * are English words: the hard case), "invented" (made-up words in no list).
     */
    private static void swapped(TextDeidentifier deid, List<LabelledDocument> tuning, PrintWriter err) throws IOException {
        for (var pool : NameSwap.pools().entrySet()) {
            SpanScore score = new SpanScore();
            java.util.Random random = new java.util.Random(7);
            for (LabelledDocument doc : tuning) {
                LabelledDocument changed = NameSwap.swap(doc, pool.getValue(), random);
                List<PhiFinding> found = deid.find(changed.text(), KnownIdentifiers.none());
                score.add(changed, found);
                if (err != null) {
                    errors(new LabelledDocument(pool.getKey() + ":" + doc.id(), changed.text(), changed.gold(), changed.known(),
                            List.of()), found, err);
                }
            }
            StringBuilder line = new StringBuilder("  " + pool.getKey() + ":");
            score.goldByCategory.forEach((category, counts) -> {
                if (category.endsWith("Name") || category.equals("Location")) {
                    line.append(String.format(" %s %d/%d", category, counts[1], counts[0]));
                }
            });
            print((pool.getKey().equals("listed") ? "Tuning part with its names swapped (people and places):\n" : "") + line + "\n");
        }
        // The same notes written all in capitals and all in lower case: rules that lean on case.
        for (boolean upper : new boolean[] {true, false}) {
            SpanScore score = new SpanScore();
            for (LabelledDocument doc : tuning) {
                String text = upper ? doc.text().toUpperCase(java.util.Locale.ROOT) : doc.text().toLowerCase(java.util.Locale.ROOT);
                LabelledDocument changed = new LabelledDocument(doc.id(), text, doc.gold(), doc.known(), List.of());
                score.add(changed, deid.find(text, KnownIdentifiers.none()));
            }
            print(String.format("  all %s: recall %.4f (%d/%d), precision %.4f%n", upper ? "capitals" : "lower case",
                    score.recall(), score.goldFound, score.gold, score.precision()));
        }
    }

    public static SpanScore score(TextDeidentifier deid, List<LabelledDocument> docs, boolean useKnown, PrintWriter err) {
        SpanScore score = new SpanScore();
        for (LabelledDocument doc : docs) {
            List<PhiFinding> found = deid.find(doc.text(), useKnown ? doc.known() : KnownIdentifiers.none());
            score.add(doc, found);
            if (err != null) {
                errors(doc, found, err);
            }
        }
        return score;
    }

    private static void errors(LabelledDocument doc, List<PhiFinding> found, PrintWriter err) {
        String t = doc.text();
        for (GoldSpan g : doc.gold()) {
            boolean covered = true;
            for (int p = g.start(); p < g.end(); p++) {
                final int q = p;
                if (Character.isLetterOrDigit(t.charAt(p)) && found.stream().noneMatch(f -> f.start() <= q && q < f.end())) {
                    covered = false;
                }
            }
            if (!covered) {
                err.printf("MISS %s %-10s [%s] in: %s%n", doc.id(), g.category(), t.substring(g.start(), g.end()),
                        context(t, g.start(), g.end()));
            }
        }
        for (PhiFinding f : found) {
            if (doc.gold().stream().noneMatch(g -> f.overlaps(g.start(), g.end()))) {
                err.printf("FALSE %s %-14s [%s] in: %s%n", doc.id(), f.category(), t.substring(f.start(), f.end()),
                        context(t, f.start(), f.end()));
            }
        }
        for (GoldSpan s : doc.mustSurvive()) {
            if (found.stream().anyMatch(f -> f.overlaps(s.start(), s.end()))) {
                err.printf("LOST %s [%s] in: %s%n", doc.id(), t.substring(s.start(), s.end()), context(t, s.start(), s.end()));
            }
        }
    }

    private static String context(String t, int start, int end) {
        return (t.substring(Math.max(0, start - 40), start) + ">>" + t.substring(start, end) + "<<"
                + t.substring(end, Math.min(t.length(), end + 30))).replace('\n', ' ');
    }

    private static void throughput(TextDeidentifier deid, List<LabelledDocument> docs) {
        StringBuilder all = new StringBuilder();
        docs.forEach(d -> all.append(d.text()).append('\n'));
        String text = all.toString();
        double megabytes = text.getBytes(StandardCharsets.UTF_8).length / 1e6;
        Pattern reference = Pattern.compile("\\b\\d{1,2}/\\d{1,2}\\b|\\b[A-Z][a-z]+\\b");
        for (int warm = 0; warm < 3; warm++) {
            deidentifyNotes(deid, docs);
            referenceScan(reference, text);
        }
        // CPU time of this thread, beside wall time: on a shared machine the thread waits for a core.
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        int rounds = 5;
        long wall0 = System.nanoTime();
        long cpu0 = cpu.getCurrentThreadCpuTime();
        for (int r = 0; r < rounds; r++) {
            deidentifyNotes(deid, docs);
        }
        double oursCpu = megabytes * rounds / ((cpu.getCurrentThreadCpuTime() - cpu0) / 1e9);
        double oursWall = megabytes * rounds / ((System.nanoTime() - wall0) / 1e9);
        long wall1 = System.nanoTime();
        long cpu1 = cpu.getCurrentThreadCpuTime();
        for (int r = 0; r < rounds; r++) {
            referenceScan(reference, text);
        }
        double plainCpu = megabytes * rounds / ((cpu.getCurrentThreadCpuTime() - cpu1) / 1e9);
        double plainWall = megabytes * rounds / ((System.nanoTime() - wall1) / 1e9);
        print(String.format("Throughput on one thread over %.2f MB (%d notes, de-identify in TAGS mode), %d rounds:%n"
                + "  de-identification       %6.2f MB/s per CPU-second (%6.2f MB/s wall)%n"
                + "  reference regex scan    %6.2f MB/s per CPU-second (%6.2f MB/s wall)%n"
                + "  reference / de-identification (CPU): %.1f%n",
                megabytes, docs.size(), rounds, oursCpu, oursWall, plainCpu, plainWall, plainCpu / oursCpu));
    }

    private static long deidentifyNotes(TextDeidentifier deid, List<LabelledDocument> docs) {
        long n = 0;
        for (LabelledDocument doc : docs) {
            n += deid.deidentify(doc.text(), KnownIdentifiers.none(), TextDeidentificationMode.TAGS).text().length();
        }
        return n;
    }

    /** The floor: one precompiled regex over the text, copying it with matches replaced. */
    private static int referenceScan(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            m.appendReplacement(out, "X");
        }
        m.appendTail(out);
        return out.length();
    }

    @SuppressWarnings("java:S106") // a command-line benchmark prints its figures
    private static void print(String s) {
        System.out.print(s);
        System.out.flush();
    }
}
