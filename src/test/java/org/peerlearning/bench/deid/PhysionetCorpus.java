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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.peerlearning.deidentification.KnownIdentifiers;

/**
 * The PhysioNet deid nursing-note corpus: notes in "START_OF_RECORD=patient||||note||||" blocks,
 * gold spans as "patient note start end category text" lines with offsets into the note body.
 */
public final class PhysionetCorpus {

    public static final Path DEFAULT = Path.of("../shared/testdata/deid/physionet");
    private static final Pattern RECORD = Pattern.compile(
            "START_OF_RECORD=(\\d+)\\|\\|\\|\\|(\\d+)\\|\\|\\|\\|\\n(.*?)\\|\\|\\|\\|END_OF_RECORD", Pattern.DOTALL);

    private PhysionetCorpus() {
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
