package org.peerlearning.review.sampling;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The counters sampling keeps between exams. Each {@code next...} call counts one more exam and
 * answers the new count, so that "every n-th" and "first N" survive restarts and several
 * instances (the database implementation counts atomically).
 */
public interface SamplingTally {

	/** Counts one more exam in the rule's scope; answers how many there have been, this one included. */
	long nextInScope(UUID ruleId);

	/** Counts one more exam of this radiologist in the campaign's scope; answers this exam's rank. */
	long nextOfRadiologist(UUID ruleId, UUID radiologistId);

	/**
	 * Notes that the radiologist read an exam on {@code examOn} and answers the date of their first
	 * exam sampling has seen, this one included. Called for every exam, so that a campaign for
	 * radiologists "new since" a date knows who was there before the campaign was set up.
	 */
	LocalDate firstExamOn(UUID radiologistId, LocalDate examOn);
}
