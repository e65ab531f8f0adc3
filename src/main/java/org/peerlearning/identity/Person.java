package org.peerlearning.identity;

import java.time.Instant;
import java.util.List;

/** A person as other modules see it (never their password or sign-in state). */
public record Person(PersonId id, String email, String givenName, String familyName, String cpsoNumber,
		List<String> subspecialties, String language, boolean platformAdmin, Instant retiredAt) {

	public String displayName() {
		return givenName + " " + familyName;
	}

	public boolean active() {
		return retiredAt == null;
	}
}
