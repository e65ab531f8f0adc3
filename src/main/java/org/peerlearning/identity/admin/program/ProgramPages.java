package org.peerlearning.identity.admin.program;

import org.peerlearning.organization.ProgramItem;

/** Where each kind of program item is managed (its section under /admin/program). */
final class ProgramPages {

	private ProgramPages() {
	}

	static String section(ProgramItem item) {
		return switch (item) {
			case SCALE -> "scales";
			case CATEGORY -> "taxonomy";
			case CUSTOM_FIELD -> "fields";
			case POOL -> "pools";
			case CONFLICT -> "conflicts";
			case SAMPLING_RULE -> "rules";
		};
	}
}
