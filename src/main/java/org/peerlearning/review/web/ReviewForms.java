package org.peerlearning.review.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.peerlearning.cases.CaseAction;
import org.peerlearning.review.Recommendation;
import org.peerlearning.review.SafetyAction;
import org.peerlearning.review.Score;

/** The forms of triage, review and committee pages: validated records. */
final class ReviewForms {

	private ReviewForms() {
	}

	/** {@code score}: a level code of the organization's scale (for RADPEER 2016, the score's name such as S2B). */
	record ReviewForm(@NotBlank(message = "{review.form.error.score}") String score, List<String> categories,
			@Size(max = 2000) String learningPoint, @NotNull(message = "{review.form.error.recommendation}") Recommendation recommendation) {

		ReviewForm {
			categories = categories == null ? List.of() : List.copyOf(categories);
		}

		static ReviewForm empty() {
			return new ReviewForm(null, List.of(), "", null);
		}
	}

	record AssignForm(@NotNull(message = "{review.assign.error.reviewer}") UUID reviewer,
			@NotNull(message = "{review.assign.error.due}") LocalDate due) {
	}

	record DecisionForm(@NotNull CaseAction action, @Size(max = 2000) String note) {
	}

	record MergeForm(@NotNull(message = "{review.merge.error.into}") UUID into, @Size(max = 2000) String note) {
	}

	/** {@code score}: a level code of the organization's scale, as on the review form. */
	record CommitteeForm(@NotBlank(message = "{review.form.error.score}") String score,
			@NotNull(message = "{review.committee.error.outcome}") CaseAction outcome, @Size(max = 2000) String learningPoint,
			List<SafetyAction> safetyActions) {

		CommitteeForm {
			safetyActions = safetyActions == null ? List.of() : List.copyOf(safetyActions);
		}

		static CommitteeForm empty() {
			return new CommitteeForm(null, null, "", List.of());
		}
	}
}
