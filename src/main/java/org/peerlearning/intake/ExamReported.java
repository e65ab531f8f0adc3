package org.peerlearning.intake;

import java.time.Instant;

import org.peerlearning.identity.PersonId;
import org.peerlearning.organization.OrganizationId;
import org.peerlearning.organization.SiteId;

/**
 * A final (or corrected) report of an exam was received and stored. Published in the transaction
 * that stored it, so listeners using {@code @ApplicationModuleListener} get it reliably after the
 * commit. Published again when a signed report is corrected; consumers that must act once per exam
 * deduplicate by {@link #examId()}. Carries no patient data.
 *
 * @param siteId the site the exam was done at, when the feed tells
 * @param readingRadiologistId the reporting radiologist, when the feed's identifier could be matched
 */
public record ExamReported(OrganizationId organizationId, SiteId siteId, ExamId examId, String accession, String modality,
		String bodyPart, PersonId readingRadiologistId, Instant examAt, Instant reportedAt) {
}
