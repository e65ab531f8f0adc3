package org.peerlearning.identity.admin;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.peerlearning.identity.Role;

/**
 * A member of the current organization as its administrators see them: the person, their roles
 * here and the state of their account (never the password).
 */
record MemberAccount(UUID personId, UUID membershipId, String email, String givenName, String familyName, String cpsoNumber,
		List<String> subspecialties, String language, boolean platformAdmin, Set<Role> roles, int failedSignIns,
		Instant lockedUntil, boolean mustChangePassword, int otherOrganizations) {

	public String displayName() {
		return givenName + " " + familyName;
	}

	public boolean locked() {
		return lockedUntil != null && lockedUntil.isAfter(Instant.now());
	}

	public List<Role> sortedRoles() {
		return roles.stream().sorted().toList();
	}
}
