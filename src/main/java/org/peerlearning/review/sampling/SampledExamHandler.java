package org.peerlearning.review.sampling;

/**
 * Takes over a sampled exam once its decision is stored: opens the learning case and assigns the
 * chosen reviewer. Called in the transaction that stored the decision, so a failure rolls the
 * decision back and the event is retried.
 */
public interface SampledExamHandler {

	/** The decision as it stands once the handler is done with it. */
	SamplingDecision handle(SamplingDecision decision);
}
