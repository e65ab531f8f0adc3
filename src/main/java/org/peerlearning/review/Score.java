package org.peerlearning.review;

import java.util.Optional;

/**
 * RADPEER 2016: 1 concur; 2 a discrepancy in interpretation not ordinarily expected to be made;
 * 3 a discrepancy that should be made most of the time; suffix a unlikely, b likely clinically
 * significant. 2b, 3a and 3b go to adjudication by the committee.
 */
public enum Score {

	S1("1"), S2A("2a"), S2B("2b"), S3A("3a"), S3B("3b");

	private final String code;

	Score(String code) {
		this.code = code;
	}

	public String code() {
		return code;
	}

	/** The discrepancy level without the significance suffix: 1, 2 or 3. */
	public int level() {
		return code.charAt(0) - '0';
	}

	/** Whether the missed finding is likely clinically significant (suffix b). */
	public boolean likelySignificant() {
		return code.endsWith("b");
	}

	public boolean goesToCommittee() {
		return this == S2B || this == S3A || this == S3B;
	}

	public static Optional<Score> ofCode(String code) {
		for (Score score : values()) {
			if (score.code.equalsIgnoreCase(code == null ? "" : code.strip())) {
				return Optional.of(score);
			}
		}
		return Optional.empty();
	}
}
