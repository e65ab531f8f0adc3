package org.peerlearning.organization;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** Answers to custom fields that break a field's rules; {@link #problems()} maps field codes to message keys. */
public class InvalidCustomFieldAnswersException extends RuntimeException {

	private final Map<String, String> problems;

	public InvalidCustomFieldAnswersException(Map<String, String> problems) {
		super("custom field answers refused: " + problems);
		this.problems = Map.copyOf(problems);
	}

	public Map<String, String> problems() {
		return problems;
	}

	/** The 400 problem an API answers: {@code detailKey} says what was refused, {@code customFields} each field's problem in words. */
	public ProblemDetail problem(MessageSource messages, String detailKey, Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, messages.getMessage(detailKey, null, locale));
		Map<String, String> fields = new LinkedHashMap<>();
		problems.forEach((code, key) -> fields.put(code, messages.getMessage(key, null, key, locale)));
		problem.setProperty("customFields", fields);
		return problem;
	}
}
