package org.peerlearning.bench.deid;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.peerlearning.deidentification.KnownIdentifiers;

/**
 * The PhysioNet deid nursing-note corpus: notes in "START_OF_RECORD=patient||||note||||" blocks,
 * gold spans as "patient note start end category text" lines with offsets into the note body.
 *
 * <p>The file here is itself one half of the corpus (the other half is kept for acceptance
 * checks). It is split once more, by patient, so rules can be tuned on one part and measured on
 * the other: {@link #TUNING} holds the odd-numbered patients, {@link #HELD_OUT} the even-numbered
 * ones. Splitting by patient rather than by note keeps a family's names, a patient's hospitals
 * and dates on one side only.
 */
public final class PhysionetCorpus {

    public static final Path DEFAULT = Path.of("../shared/testdata/deid/physionet");
    private static final Pattern RECORD = Pattern.compile(
            "START_OF_RECORD=(\\d+)\\|\\|\\|\\|(\\d+)\\|\\|\\|\\|\\n(.*?)\\|\\|\\|\\|END_OF_RECORD", Pattern.DOTALL);

    /** Odd-numbered patients: the notes whose errors may be looked at while writing rules. */
    public static final Predicate<LabelledDocument> TUNING = doc -> patient(doc) % 2 == 1;
    /** Even-numbered patients: measured only, never read while writing rules. */
    public static final Predicate<LabelledDocument> HELD_OUT = doc -> patient(doc) % 2 == 0;

    private PhysionetCorpus() {
    }

    public static List<LabelledDocument> part(List<LabelledDocument> docs, Predicate<LabelledDocument> part) {
        return docs.stream().filter(part).toList();
    }

    private static int patient(LabelledDocument doc) {
        return Integer.parseInt(doc.id().substring(0, doc.id().indexOf('/')));
    }

    public static List<LabelledDocument> load(Path dir) throws IOException {
        String text = Files.readString(dir.resolve("dev.text"), StandardCharsets.UTF_8);
        Map<String, List<GoldSpan>> gold = new HashMap<>();
        for (String line : Files.readAllLines(dir.resolve("dev.phi"), StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split(" ", 6);
            gold.computeIfAbsent(parts[0] + "/" + parts[1], k -> new ArrayList<>())
                    .add(new GoldSpan(Integer.parseInt(parts[2]), Integer.parseInt(parts[3]), parts[4]));
        }
        Map<String, LabelledDocument> docs = new LinkedHashMap<>();
        Matcher m = RECORD.matcher(text);
        while (m.find()) {
            String id = m.group(1) + "/" + m.group(2);
            docs.put(id, new LabelledDocument(id, m.group(3), gold.getOrDefault(id, List.of()), KnownIdentifiers.none(),
                    List.of()));
        }
        return List.copyOf(docs.values());
    }
}
