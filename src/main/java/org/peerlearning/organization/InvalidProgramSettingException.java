package org.peerlearning.organization;

/**
 * A program setting was refused; {@link #field()} names the input at fault and
 * {@link #messageKey()} says why, so forms and the API can show it next to the field.
 */
public class InvalidProgramSettingException extends RuntimeException {

	private final String field;

	private final String messageKey;

	public InvalidProgramSettingException(String field, String messageKey) {
		super(field + ": " + messageKey);
		this.field = field;
		this.messageKey = messageKey;
	}

	public String field() {
		return field;
	}

	public String messageKey() {
		return messageKey;
	}
}
