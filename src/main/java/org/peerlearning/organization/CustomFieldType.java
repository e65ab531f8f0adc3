package org.peerlearning.organization;

/** What a custom field holds. Choice fields carry their options. */
public enum CustomFieldType {
	TEXT, NUMBER, YES_NO, SINGLE_CHOICE, MULTIPLE_CHOICE;

	public boolean hasOptions() {
		return this == SINGLE_CHOICE || this == MULTIPLE_CHOICE;
	}
}
