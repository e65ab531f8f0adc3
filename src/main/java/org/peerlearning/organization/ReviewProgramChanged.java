package org.peerlearning.organization;

import java.util.Map;
import java.util.UUID;

import org.peerlearning.platform.AuditableEvent;

/**
 * Something of an organization's review program settings was added, changed or retired. The
 * action names what and how, e.g. {@code organization.program.sampling-rule.added}; details name
 * the item, never patient data.
 */
public record ReviewProgramChanged(UUID organizationId, UUID actorId, String action, String targetType, String targetId,
		Map<String, String> details) implements AuditableEvent {

	public ReviewProgramChanged {
		details = Map.copyOf(details);
	}

	static ReviewProgramChanged of(OrganizationId organization, UUID actor, ProgramItem item, String verb, UUID id,
			Map<String, String> details) {
		return new ReviewProgramChanged(organization.value(), actor, "organization.program." + item.slug() + "." + verb,
				item.slug(), id == null ? organization.toString() : id.toString(), details);
	}
}
