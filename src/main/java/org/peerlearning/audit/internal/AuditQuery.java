package org.peerlearning.audit.internal;

import java.time.Instant;
import java.util.UUID;

/**
 * Which entries to list. {@code organizationId} is the visibility scope decided by the caller:
 * {@code null} only for platform administrators, who may see every organization.
 *
 * @param actionPrefix entries whose action starts with this, such as {@code identity.}
 * @param actor part of the actor's e-mail, any case
 * @param from first instant included
 * @param to first instant excluded
 */
public record AuditQuery(UUID organizationId, String actionPrefix, String actor, Instant from, Instant to, String targetId) {
}
