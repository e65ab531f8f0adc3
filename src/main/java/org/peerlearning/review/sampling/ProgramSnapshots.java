package org.peerlearning.review.sampling;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.peerlearning.organization.OrganizationId;
import org.peerlearning.organization.ReviewProgram;
import org.peerlearning.organization.ReviewProgramChanged;
import org.peerlearning.organization.ReviewProgramSettings;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * An organization's review program as sampling reads it for every reported exam: read from the
 * database at most once every {@link #TTL_NANOS two seconds} per organization, and again at once
 * after any change made on this instance. A change made on another instance reaches sampling here
 * within those two seconds.
 */
@Component
class ProgramSnapshots {

	static final long TTL_NANOS = 2_000_000_000L;

	private final ReviewProgram program;

	private final Map<OrganizationId, Snapshot> snapshots = new ConcurrentHashMap<>();

	ProgramSnapshots(ReviewProgram program) {
		this.program = program;
	}

	ReviewProgramSettings of(OrganizationId organization) {
		long now = System.nanoTime();
		Snapshot snapshot = snapshots.get(organization);
		if (snapshot == null || now - snapshot.readAt() > TTL_NANOS) {
			snapshot = new Snapshot(program.of(organization), now);
			snapshots.put(organization, snapshot);
		}
		return snapshot.settings();
	}

	/** At the change, and again once it is committed, so no read in between outlives it. */
	@EventListener
	void on(ReviewProgramChanged changed) {
		snapshots.remove(new OrganizationId(changed.organizationId()));
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMPLETION, fallbackExecution = true)
	void afterCompletion(ReviewProgramChanged changed) {
		snapshots.remove(new OrganizationId(changed.organizationId()));
	}

	private record Snapshot(ReviewProgramSettings settings, long readAt) {
	}
}
