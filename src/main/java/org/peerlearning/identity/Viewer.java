package org.peerlearning.identity;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.peerlearning.organization.Organization;
import org.peerlearning.organization.OrganizationId;
import org.springframework.security.access.AccessDeniedException;

/**
 * The signed-in person of the current request, with the organization they are working in and
 * their roles there. Everything a page or an API call shows is scoped to {@link #organizationId()}.
 *
 * @param organizationId the current organization, or {@code null} for a person with no active
 *     membership (a platform administrator may have none)
 * @param organizations every organization the person may switch to
 */
public record Viewer(PersonId personId, String email, String displayName, boolean platformAdmin,
		OrganizationId organizationId, Set<Role> roles, List<Organization> organizations) {

	public boolean has(Role role) {
		return roles.contains(role);
	}

	public boolean hasAny(Role... wanted) {
		return Arrays.stream(wanted).anyMatch(roles::contains);
	}

	/** Organization admins of the current organization and platform admins administer it. */
	public boolean administers() {
		return platformAdmin || has(Role.ORGANIZATION_ADMIN);
	}

	/** Refuses (403) unless the viewer holds one of the roles in the current organization. */
	public void require(Role... wanted) {
		if (!hasAny(wanted)) {
			throw new AccessDeniedException("missing role");
		}
	}

	/** Refuses (403) unless the viewer administers the current organization. */
	public void requireAdministration() {
		if (!administers()) {
			throw new AccessDeniedException("not an administrator");
		}
	}

	/**
	 * Refuses (403) unless the viewer runs the review program of the current organization: its
	 * administrators and its program leads. Answers that organization.
	 */
	public OrganizationId requireProgramLeadership() {
		if (!administers() && !has(Role.PROGRAM_LEAD)) {
			throw new AccessDeniedException("neither an administrator nor a program lead");
		}
		return requireOrganization();
	}

	public void requirePlatformAdmin() {
		if (!platformAdmin) {
			throw new AccessDeniedException("not a platform administrator");
		}
	}

	public OrganizationId requireOrganization() {
		if (organizationId == null) {
			throw new AccessDeniedException("no current organization");
		}
		return organizationId;
	}

	public String organizationName() {
		return organizations.stream()
			.filter(o -> o.id().equals(organizationId))
			.map(Organization::name)
			.findFirst()
			.orElse("");
	}
}
