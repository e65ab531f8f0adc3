package org.peerlearning.bench.deid;

/** A labelled PHI span of a benchmark document: offsets into the document text, end exclusive. */
public record GoldSpan(int start, int end, String category) {
}
