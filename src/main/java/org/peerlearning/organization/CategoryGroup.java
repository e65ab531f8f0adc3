package org.peerlearning.organization;

/** The broad kind of a discrepancy: most errors are perceptual (not seen), then interpretive. */
public enum CategoryGroup {
	PERCEPTUAL, INTERPRETIVE, OTHER
}
