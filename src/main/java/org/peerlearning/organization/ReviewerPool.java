package org.peerlearning.organization;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * People of the organization who review sampled exams, optionally tagged with the modalities and
 * subspecialties they cover.
 *
 * @param memberIds person ids (the organization module does not know people, only their ids)
 */
public record ReviewerPool(UUID id, String name, List<UUID> memberIds, List<String> modalities, List<String> subspecialties,
		Instant retiredAt) {

	public ReviewerPool {
		memberIds = List.copyOf(Objects.requireNonNullElse(memberIds, List.of()));
		modalities = List.copyOf(Objects.requireNonNullElse(modalities, List.of()));
		subspecialties = List.copyOf(Objects.requireNonNullElse(subspecialties, List.of()));
	}

	public boolean active() {
		return retiredAt == null;
	}
}
