package org.peerlearning.review.sampling;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Until cases can be opened from here, a sampled exam stays recorded as awaiting its case (the
 * decision row says so). The handler that opens the case through the cases module and assigns
 * the chosen reviewer replaces this class.
 */
@Component
class AwaitingCaseHandler implements SampledExamHandler {

	private static final Logger log = LoggerFactory.getLogger(AwaitingCaseHandler.class);

	@Override
	public void handle(SamplingDecision decision) {
		log.debug("Sampled exam {} awaits its case ({})", decision.examId(), decision.status());
	}
}
