package org.peerlearning.identity.admin;

/**
 * A change refused because of one field (an e-mail or CPSO number already in use, a person
 * already a member, an administrator about to lock themselves out). Pages show it next to the
 * field; the API answers 409 with the field named.
 */
class FieldConflictException extends RuntimeException {

	private final String field;

	private final String messageKey;

	FieldConflictException(String field, String messageKey) {
		super(messageKey);
		this.field = field;
		this.messageKey = messageKey;
	}

	String field() {
		return field;
	}

	String messageKey() {
		return messageKey;
	}
}
