package org.peerlearning.cases;

import java.time.Instant;
import java.util.Set;

import org.peerlearning.identity.PersonId;
import org.peerlearning.intake.ExamId;
import org.peerlearning.organization.OrganizationId;

/**
 * A case as stored. It names the author (the exam's reading radiologist) and the submitter: pages
 * and answers decide who may see them; a reviewer never does.
 */
public record LearningCase(CaseId id, OrganizationId organizationId, ExamId examId, CaseSource source, CaseState state,
		PersonId authorId, PersonId submitterId, boolean submitterNamed, String note, Set<String> categories, String sampleRule,
		CaseId mergedInto, boolean outOfProgram, Instant createdAt, Instant updatedAt) {

	public boolean submittedBy(PersonId person) {
		return submitterId != null && submitterId.equals(person);
	}

	public boolean about(PersonId person) {
		return authorId != null && authorId.equals(person);
	}
}
