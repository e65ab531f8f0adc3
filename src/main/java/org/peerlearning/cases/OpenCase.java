package org.peerlearning.cases;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.peerlearning.identity.PersonId;
import org.peerlearning.intake.ExamId;
import org.peerlearning.organization.OrganizationId;

/**
 * What it takes to open a case about an exam.
 *
 * @param submitterId who submitted it; {@code null} for samples drawn by the program
 * @param submitterNamed whether the author may learn who submitted it (never shown to a reviewer)
 * @param sampleRule for samples, the rule that drew the exam (e.g. "random 3%", "every 30th CT")
 * @param customFields answers to the organization's custom case fields, by field code
 */
public record OpenCase(OrganizationId organizationId, ExamId examId, CaseSource source, PersonId submitterId,
		boolean submitterNamed, String note, Set<String> categories, String sampleRule, Map<String, List<String>> customFields) {

	public OpenCase {
		Objects.requireNonNull(organizationId, "organizationId");
		Objects.requireNonNull(examId, "examId");
		Objects.requireNonNull(source, "source");
		categories = categories == null ? Set.of() : Set.copyOf(categories);
		customFields = customFields == null ? Map.of() : Map.copyOf(customFields);
	}

	/** A case without custom field answers. */
	public OpenCase(OrganizationId organizationId, ExamId examId, CaseSource source, PersonId submitterId, boolean submitterNamed,
			String note, Set<String> categories, String sampleRule) {
		this(organizationId, examId, source, submitterId, submitterNamed, note, categories, sampleRule, Map.of());
	}
}
