package org.peerlearning.organization;

/** The kinds of program settings that are added and retired one by one. */
public enum ProgramItem {
	SCALE("scale"), CATEGORY("category"), CUSTOM_FIELD("custom-field"), POOL("reviewer-pool"), CONFLICT("conflict-pair"),
	SAMPLING_RULE("sampling-rule");

	private final String name;

	ProgramItem(String name) {
		this.name = name;
	}

	/** The name used in audit actions and API paths, such as {@code sampling-rule}. */
	public String slug() {
		return name;
	}
}
