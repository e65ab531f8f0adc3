package org.peerlearning.organization;

/**
 * Refuses a name that another organization (or another site of the same organization) already
 * uses, so that forms can show a field error instead of failing on the unique index.
 */
public class NameTakenException extends RuntimeException {

	public NameTakenException(String message) {
		super(message);
	}
}
