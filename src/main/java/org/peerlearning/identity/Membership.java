package org.peerlearning.identity;

import java.util.Set;
import java.util.UUID;

import org.peerlearning.organization.OrganizationId;

/** A person's active roles in one organization. */
public record Membership(UUID id, OrganizationId organizationId, PersonId personId, Set<Role> roles) {
}
