package org.peerlearning.bench.deid;

import java.util.List;

import org.peerlearning.deidentification.KnownIdentifiers;

/**
 * One benchmark document: its text, its gold PHI spans, the identifiers its exam would know, and
 * spans that must survive (planted eponyms and clinical terms).
 */
public record LabelledDocument(String id, String text, List<GoldSpan> gold, KnownIdentifiers known,
        List<GoldSpan> mustSurvive) {
}
