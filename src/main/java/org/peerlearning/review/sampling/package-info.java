/**
 * Random and rule-based sampling of reported exams for peer review.
 *
 * <p>{@code SamplingQueue} queues every {@code ExamReported} in the transaction that stored the
 * report; {@code SamplingWorker} hands the queued exams of an organization, in batches, to
 * {@code ExamSampling}, which decides each exam once (corrected reports are ignored), tries the
 * organization's rules with the pure {@code SamplingEngine}, picks a reviewer with
 * {@code ReviewerPicker} (never the reader, never a conflict-of-interest partner, within the
 * rule's monthly quota, least loaded first) and stores the decision. The decision then goes to the
 * {@code SampledExamHandler}, {@code CaseOpeningHandler}, which opens the learning case in the
 * same transaction and assigns the chosen reviewer when the review policies accept them; a case
 * nobody could take waits in the lead's triage queue.
 */
package org.peerlearning.review.sampling;
