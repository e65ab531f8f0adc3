package org.peerlearning.cases.web;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.peerlearning.cases.CaseAction;
import org.peerlearning.cases.CaseSource;

/** The forms of the case pages and the submission API body: validated records, never stored rows. */
final class CaseForms {

	private CaseForms() {
	}

	/**
	 * One screen: which exam, what kind of case, a short note, optional categories, and whether the
	 * author may learn who submitted it (anonymous unless ticked).
	 */
	record SubmissionForm(@NotBlank(message = "{cases.submit.error.accession}") @Size(max = 64) String accession,
			@NotNull(message = "{cases.submit.error.source}") CaseSource source, @Size(max = 2000) String note,
			List<String> categories, Boolean named) {

		SubmissionForm {
			categories = categories == null ? List.of() : List.copyOf(categories);
			named = named != null && named;
		}

		static SubmissionForm forAccession(String accession) {
			return new SubmissionForm(accession == null ? "" : accession.strip(), CaseSource.LEARNING_OPPORTUNITY, "", List.of(),
					false);
		}
	}

	/** The program lead takes a step (with an optional note for the timeline). */
	record StepForm(@NotNull CaseAction action, @Size(max = 2000) String note) {
	}

	record CommentForm(@NotBlank(message = "{cases.comment.error.empty}") @Size(max = 4000) String body) {

		static CommentForm empty() {
			return new CommentForm("");
		}
	}

	/**
	 * A submission from an integration (PACS, RIS): the exam by accession or id.
	 */
	record SubmissionBody(@Size(max = 64) String accession, java.util.UUID examId, @NotNull CaseSource source,
			@Size(max = 2000) String note, List<@Size(max = 60) String> categories, Boolean named,
			java.util.Map<String, List<String>> customFields) {

		boolean namedToAuthor() {
			return named != null && named;
		}
	}
}
