package org.peerlearning.deidentification.web;

import java.net.URI;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/**
 * Problem answers of the de-identification API with title and detail in the caller's language
 * (keys {@code deid.problem.<name>.title} and {@code deid.problem.<name>.detail}).
 */
public final class DeidentificationProblems {

	private final MessageSource messages;

	public DeidentificationProblems(MessageSource messages) {
		this.messages = messages;
	}

	public ProblemDetail problem(HttpStatusCode status, String name, Object... arguments) {
		var locale = LocaleContextHolder.getLocale();
		String key = "deid.problem." + name;
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
				messages.getMessage(key + ".detail", arguments, locale));
		problem.setTitle(messages.getMessage(key + ".title", null, locale));
		problem.setType(URI.create("about:blank"));
		return problem;
	}

	/** The same problem with a detail that is not text of ours (a parser's reason, already safe to show). */
	public ProblemDetail problemWithDetail(HttpStatusCode status, String name, String detail) {
		ProblemDetail problem = problem(status, name);
		problem.setDetail(detail);
		return problem;
	}
}
