package org.peerlearning.review.sampling;

import java.time.Instant;
import java.util.UUID;

/**
 * What sampling knows of a reported exam (no patient data): where, what, who read it, when.
 *
 * @param radiologistId {@code null} when the feed's radiologist could not be matched to a person
 * @param at the moment whose date decides date bounds: the report time, else the exam time
 */
public record ExamToSample(UUID examId, UUID siteId, String modality, String bodyPart, UUID radiologistId, Instant at) {
}
