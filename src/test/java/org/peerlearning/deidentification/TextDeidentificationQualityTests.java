package org.peerlearning.deidentification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.peerlearning.bench.DeidTextBench;
import org.peerlearning.bench.deid.LabelledDocument;
import org.peerlearning.bench.deid.PhysionetCorpus;
import org.peerlearning.bench.deid.RadiologyCorpus;
import org.peerlearning.bench.deid.SpanScore;

/**
 * Quality floors on the benchmark corpora (bench/README.md has the figures). The nursing notes are
 * split by patient: rules are written looking at the tuning part only, and the held-out part
 * tells how well they carry over. Raising a floor means better rules, never names copied from
 * the corpus.
 */
class TextDeidentificationQualityTests {

    private static final TextDeidentifier DEID = TextDeidentifier.withSecret("quality");

    @Test
    void physionetNursingNotesReachTheMeasuredRecallAndPrecision() throws IOException {
        List<LabelledDocument> notes = PhysionetCorpus.load(PhysionetCorpus.DEFAULT);
        SpanScore all = DeidTextBench.score(DEID, notes, false, null);
        assertThat(all.gold).isGreaterThan(900);
        assertThat(all.recall()).as(all.report("physionet")).isGreaterThanOrEqualTo(0.965);
        assertThat(all.precision()).as(all.report("physionet")).isGreaterThanOrEqualTo(0.93);
    }

    @Test
    void theRulesCarryOverToPatientsWhoseNotesWereNeverRead() throws IOException {
        List<LabelledDocument> notes = PhysionetCorpus.load(PhysionetCorpus.DEFAULT);
        SpanScore heldOut = DeidTextBench.score(DEID, PhysionetCorpus.part(notes, PhysionetCorpus.HELD_OUT), false, null);
        assertThat(heldOut.gold).isGreaterThan(400);
        assertThat(heldOut.recall()).as(heldOut.report("held out")).isGreaterThanOrEqualTo(0.945);
        assertThat(heldOut.precision()).as(heldOut.report("held out")).isGreaterThanOrEqualTo(0.925);
    }

    @Test
    void radiologyReportsLoseTheirPhiButKeepTheirEponyms() throws IOException {
        List<LabelledDocument> reports = RadiologyCorpus.load(RadiologyCorpus.DEFAULT);
        assertThat(reports).hasSizeGreaterThanOrEqualTo(40);
        SpanScore blind = DeidTextBench.score(DEID, reports, false, null);
        SpanScore informed = DeidTextBench.score(DEID, reports, true, null);
        assertThat(blind.recall()).as(blind.report("radiology")).isGreaterThanOrEqualTo(0.99);
        assertThat(informed.recall()).as(informed.report("radiology, identifiers given")).isGreaterThanOrEqualTo(0.99);
        assertThat(blind.precision()).isGreaterThanOrEqualTo(0.95);
        assertThat(blind.survival()).isGreaterThanOrEqualTo(0.95);
    }
}
