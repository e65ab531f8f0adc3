package org.peerlearning.feedback.web;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.peerlearning.feedback.FeedbackKind;

/** What people type on the feedback pages and send to the API. */
final class FeedbackForms {

	private FeedbackForms() {
	}

	/** Feedback straight to a colleague. */
	record Direct(@NotNull(message = "{feedback.error.recipient}") UUID recipient,
			@Size(max = 64, message = "{feedback.error.accession.length}") String accession,
			@NotNull(message = "{feedback.error.kind}") FeedbackKind kind,
			@NotBlank(message = "{feedback.error.message}") @Size(max = 4000, message = "{feedback.error.length}") String message,
			Boolean named) {

		static Direct empty() {
			return new Direct(null, null, null, null, false);
		}

		/** An unticked box sends nothing: not signed. */
		boolean signed() {
			return Boolean.TRUE.equals(named);
		}
	}

	record Reply(@NotBlank(message = "{feedback.error.reply}") @Size(max = 4000, message = "{feedback.error.length}") String body,
			Boolean named) {

		static Reply empty() {
			return new Reply(null, false);
		}

		boolean signed() {
			return Boolean.TRUE.equals(named);
		}
	}
}
