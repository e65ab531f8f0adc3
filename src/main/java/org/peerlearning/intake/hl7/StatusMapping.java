package org.peerlearning.intake.hl7;

import java.util.Locale;

import org.peerlearning.intake.ResultStatus;

/**
 * Reads a result status the way sites write it: HL7 table 0123 codes ({@code F}, {@code P},
 * {@code C}...), order status codes of table 0038 ({@code CM}, {@code IP}...) and the words seen
 * in real feeds ({@code Final}, {@code Prelim}, {@code Wet Read}, {@code Addendum}).
 */
final class StatusMapping {

	private StatusMapping() {
	}

	/** The status a value names, or {@code null} when it is blank or not understood. */
	static ResultStatus read(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String v = value.strip().toUpperCase(Locale.ROOT).replace('_', ' ').replace('-', ' ');
		return switch (v) {
			case "F", "FINAL", "FINALIZED", "SIGNED", "CM", "COMPLETE", "COMPLETED" -> ResultStatus.FINAL;
			case "P", "PRELIM", "PRELIMINARY", "WET READ", "WETREAD", "R", "A", "DRAFT" -> ResultStatus.PRELIMINARY;
			case "C", "CORRECTED", "CORRECTION", "AMENDED", "ADDENDUM", "REVISED" -> ResultStatus.CORRECTED;
			case "O", "I", "S", "IP", "SC", "SCHEDULED", "ORDERED", "IN PROGRESS", "NW" -> ResultStatus.PENDING;
			default -> null;
		};
	}
}
