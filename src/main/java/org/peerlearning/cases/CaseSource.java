package org.peerlearning.cases;

/** Where a case came from: people submitting, the sampling engine, or a signal from outside radiology. */
public enum CaseSource {

	LEARNING_OPPORTUNITY, GREAT_CALL, PRIOR_COMPARISON, RANDOM_SAMPLE, RULE_SAMPLE, PATHOLOGY_DISCORDANCE,
	SURGICAL_DISCORDANCE, REFERRING_CLINICIAN, MULTIDISCIPLINARY_ROUNDS, TECHNOLOGIST_CONCERN, ADDENDUM;

	/** Samples are drawn by the program, not submitted by a person: they skip acceptance and go to triage. */
	public boolean sample() {
		return this == RANDOM_SAMPLE || this == RULE_SAMPLE;
	}

	/** What a person may pick on the submission form (samples are the program's own). */
	public boolean submittable() {
		return !sample();
	}
}
