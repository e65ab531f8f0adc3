package org.peerlearning.intake;

/**
 * Where an exam's report stands. {@code PENDING} is an order without a report yet; a final report
 * whose text later changes becomes {@code CORRECTED}.
 */
public enum ResultStatus {

	PENDING, PRELIMINARY, FINAL, CORRECTED;

	/** Final and corrected reports are signed: they count for review and sampling. */
	public boolean signed() {
		return this == FINAL || this == CORRECTED;
	}

	/** Orders come before preliminary reports, which come before signed ones. */
	public int rank() {
		return switch (this) {
			case PENDING -> 0;
			case PRELIMINARY -> 1;
			case FINAL, CORRECTED -> 2;
		};
	}
}
