package org.peerlearning.organization;

import java.time.Instant;
import java.util.UUID;

/** Two people who must never review each other's work (partners, relatives, a dispute). */
public record ConflictPair(UUID id, UUID personA, UUID personB, String reason, Instant retiredAt) {

	public boolean active() {
		return retiredAt == null;
	}

	public boolean involves(UUID one, UUID other) {
		return (personA.equals(one) && personB.equals(other)) || (personA.equals(other) && personB.equals(one));
	}
}
