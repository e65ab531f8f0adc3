package org.peerlearning.bench.deid;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.peerlearning.deidentification.KnownIdentifiers;

/**
 * The radiology benchmark set: reports from the HL7 sample feed (OBX text; gold spans are where
 * the message's own names, identifiers and dates appear in the text) plus synthetic reports with
 * planted PHI and planted eponyms and clinical terms (see {@link SyntheticReports}).
 */
public final class RadiologyCorpus {

    public static final Path DEFAULT = Path.of("../shared/testdata/hl7/scout");
    private static final int HL7_REPORTS = 40;
    private static final Pattern DATE_IN_TEXT = Pattern.compile(
            "\\b(?:19|20)\\d{2}-\\d{2}-\\d{2}\\b|\\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]* \\d{1,2},? (?:19|20)\\d{2}\\b");

    private RadiologyCorpus() {
    }

    public static List<LabelledDocument> load(Path scout) throws IOException {
        List<LabelledDocument> docs = new ArrayList<>(hl7Reports(scout));
        docs.addAll(SyntheticReports.generate(40, 20261128L));
        return docs;
    }

    static List<LabelledDocument> hl7Reports(Path scout) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(scout)) {
            files = walk.filter(p -> p.toString().endsWith(".log")).sorted().toList();
        }
        List<LabelledDocument> docs = new ArrayList<>();
        // Spread the picks over the years rather than the first files only.
        int step = Math.max(1, files.size() / HL7_REPORTS);
        for (int i = 0; i < files.size() && docs.size() < HL7_REPORTS; i += step) {
            String log = Files.readString(files.get(i), StandardCharsets.ISO_8859_1);
            for (String message : log.split("<SB>")) {
                int end = message.indexOf("<EB>");
                if (end < 0) {
                    continue;
                }
                LabelledDocument doc = report(files.get(i).getFileName() + "#" + docs.size(), message.substring(0, end));
                if (doc != null) {
                    docs.add(doc);
                    break;
                }
            }
        }
        return docs;
    }

    private static LabelledDocument report(String id, String message) {
        StringBuilder text = new StringBuilder();
        Set<String> patientNames = new LinkedHashSet<>();
        Set<String> clinicians = new LinkedHashSet<>();
        Set<String> identifiers = new LinkedHashSet<>();
        Set<String> accessions = new LinkedHashSet<>();
        Set<String> timestamps = new LinkedHashSet<>();
        for (String segment : message.split("<R>")) {
            segment = segment.strip();
            String[] f = segment.split("\\|", -1);
            switch (f[0]) {
                case "PID" -> {
                    for (String repetition : field(f, 3).split("~")) {
                        identifiers.add(repetition.split("\\^")[0]);
                    }
                    patientNames.add(field(f, 5));
                    timestamps.add(field(f, 7));
                }
                case "PV1" -> {
                    clinicians.add(person(field(f, 7)));
                    clinicians.add(person(field(f, 8)));
                    clinicians.add(person(field(f, 17)));
                }
                case "OBR" -> {
                    accessions.add(field(f, 2).split("\\^")[0]);
                    accessions.add(field(f, 3).split("\\^")[0]);
                    timestamps.add(field(f, 7));
                    timestamps.add(field(f, 22));
                    for (int n : new int[] {16, 28, 32, 33, 34}) {
                        clinicians.add(person(field(f, n).split("~")[0]));
                    }
                }
                case "OBX" -> {
                    if ("TX".equals(field(f, 2)) || "FT".equals(field(f, 2))) {
                        text.append(field(f, 5).replace("\\.br\\", "\n").replace('~', '\n')).append('\n');
                    }
                }
                default -> {
                }
            }
        }
        if (text.length() < 200) {
            return null;
        }
        String report = text.toString();
        List<GoldSpan> gold = new ArrayList<>();
        for (String name : patientNames) {
            words(report, name, "PATIENT_NAME", gold);
        }
        for (String name : clinicians) {
            words(report, name, "CLINICIAN_NAME", gold);
        }
        for (String value : identifiers) {
            exact(report, value, "ID", gold);
        }
        for (String value : accessions) {
            exact(report, value, "ACCESSION", gold);
        }
        for (String stamp : timestamps) {
            if (stamp.length() >= 8) {
                LocalDate d = LocalDate.parse(stamp.substring(0, 8), DateTimeFormatter.BASIC_ISO_DATE);
                for (String pattern : new String[] {"MMM dd yyyy", "MM/dd/yyyy", "yyyy-MM-dd", "MMMM d, yyyy"}) {
                    exact(report, d.format(DateTimeFormatter.ofPattern(pattern, Locale.ENGLISH)), "DATE", gold);
                }
            }
        }
        Matcher m = DATE_IN_TEXT.matcher(report);
        while (m.find()) {
            gold.add(new GoldSpan(m.start(), m.end(), "DATE"));
        }
        KnownIdentifiers known = new KnownIdentifiers(List.copyOf(patientNames), List.copyOf(clinicians),
                List.copyOf(identifiers), List.copyOf(accessions), List.of());
        return new LabelledDocument(id, report, dedupe(gold), known, List.of());
    }

    private static String field(String[] f, int n) {
        return n < f.length ? f[n] : "";
    }

    /** "D7823237^REESE^AMBER^J.^M.D." is the family and given names of an XCN. */
    private static String person(String xcn) {
        String[] c = xcn.split("\\^");
        return c.length > 2 ? c[1] + "^" + c[2] + (c.length > 3 ? "^" + c[3] : "") : "";
    }

    private static void words(String text, String name, String category, List<GoldSpan> gold) {
        for (String word : name.split("[\\^ ,]+")) {
            String w = word.replace(".", "");
            if (w.length() >= 2) {
                exact(text, w, category, gold);
            }
        }
    }

    static void exact(String text, String value, String category, List<GoldSpan> gold) {
        if (value.length() < 2) {
            return;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        String needle = value.toLowerCase(Locale.ROOT);
        for (int at = lower.indexOf(needle); at >= 0; at = lower.indexOf(needle, at + 1)) {
            boolean bounded = (at == 0 || !Character.isLetterOrDigit(lower.charAt(at - 1)))
                    && (at + needle.length() >= lower.length() || !Character.isLetterOrDigit(lower.charAt(at + needle.length())));
            if (bounded) {
                gold.add(new GoldSpan(at, at + needle.length(), category));
            }
        }
    }

    private static List<GoldSpan> dedupe(List<GoldSpan> spans) {
        List<GoldSpan> out = new ArrayList<>();
        for (GoldSpan s : spans) {
            if (out.stream().noneMatch(o -> o.start() <= s.start() && s.end() <= o.end())) {
                out.removeIf(o -> s.start() <= o.start() && o.end() <= s.end());
                out.add(s);
            }
        }
        return out;
    }
}
