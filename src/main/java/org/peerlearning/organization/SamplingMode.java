package org.peerlearning.organization;

/** How a sampling rule picks exams: a random share, or every n-th exam in its scope. */
public enum SamplingMode {
	RATE, EVERY_NTH
}
