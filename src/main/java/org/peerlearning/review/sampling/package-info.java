/**
 * Random and rule-based sampling of reported exams for peer review.
 *
 * <p>{@code SamplingListener} receives every {@code ExamReported} and hands it to
 * {@code ExamSampling}, which decides each exam once (corrected reports are ignored), tries the
 * organization's rules with the pure {@code SamplingEngine}, picks a reviewer with
 * {@code ReviewerPicker} (never the reader, never a conflict-of-interest partner, within the
 * rule's monthly quota, least loaded first) and stores the decision. The decision then goes to the
 * {@code SampledExamHandler}: until cases can be opened from here, {@code AwaitingCaseHandler}
 * leaves it recorded as awaiting its case. The handler that opens the case and assigns the
 * reviewer replaces that class.
 */
package org.peerlearning.review.sampling;
