package org.peerlearning.cases;

import java.time.Instant;
import java.util.UUID;

import org.peerlearning.identity.PersonId;

/** A comment on a case. */
public record CaseComment(UUID id, PersonId authorId, String body, Instant at) {
}
