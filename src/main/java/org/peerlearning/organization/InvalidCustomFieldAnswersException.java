package org.peerlearning.organization;

import java.util.Map;

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
}
