package org.peerlearning.organization;

import java.util.Map;
import java.util.UUID;

import org.peerlearning.platform.AuditableEvent;

/** An organization's program settings were changed; details name the changed settings with old and new values. */
public record ProgramSettingsUpdated(UUID organizationId, UUID actorId, String targetId, Map<String, String> details) implements AuditableEvent {

	public ProgramSettingsUpdated {
		details = Map.copyOf(details);
	}

	@Override
	public String action() {
		return "organization.settings.updated";
	}

	@Override
	public String targetType() {
		return "program-settings";
	}
}
