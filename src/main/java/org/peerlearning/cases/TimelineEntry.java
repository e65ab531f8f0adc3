package org.peerlearning.cases;

import java.time.Instant;

import org.peerlearning.identity.PersonId;

/** One step in a case's history. Pages decide whether to show the actor's name. */
public record TimelineEntry(String action, CaseState from, CaseState to, PersonId actorId, String note, Instant at) {
}
