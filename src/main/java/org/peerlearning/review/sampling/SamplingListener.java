package org.peerlearning.review.sampling;

import org.peerlearning.intake.ExamReported;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Samples every reported exam after the report is stored. The event publication registry retries
 * an exam whose sampling failed; sampling itself ignores an exam it already decided.
 */
@Component
class SamplingListener {

	private final ExamSampling sampling;

	SamplingListener(ExamSampling sampling) {
		this.sampling = sampling;
	}

	@ApplicationModuleListener
	void on(ExamReported exam) {
		sampling.sample(exam);
	}
}
