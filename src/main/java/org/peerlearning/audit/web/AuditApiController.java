package org.peerlearning.audit.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.peerlearning.audit.internal.AuditEntries;
import org.peerlearning.audit.internal.AuditEntry;
import org.peerlearning.audit.internal.ChainVerifier;
import org.peerlearning.identity.CurrentViewer;
import org.peerlearning.identity.Viewer;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** The audit trail as JSON, with the same visibility as the pages. */
@RestController
@RequestMapping("/api/v1/audit")
class AuditApiController {

	private final CurrentViewer currentViewer;

	private final AuditEntries entries;

	private final ChainVerifier verifier;

	private final AuditRows rows;

	AuditApiController(CurrentViewer currentViewer, AuditEntries entries, ChainVerifier verifier, AuditRows rows) {
		this.currentViewer = currentViewer;
		this.entries = entries;
		this.verifier = verifier;
		this.rows = rows;
	}

	@GetMapping
	EntryPage entries(@ModelAttribute AuditFilter filter) {
		AuditScope scope = AuditScope.of(currentViewer.get(), filter.organizationId());
		Set<String> invalid = filter.invalid();
		if (!invalid.isEmpty()) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Invalid filters: " + String.join(", ", invalid));
		}
		List<AuditEntry> found = entries.find(filter.query(scope.organizationId(), rows.zone()), filter.pageNumber(),
				AuditFilter.PAGE_SIZE);
		return new EntryPage(filter.pageNumber(), AuditFilter.PAGE_SIZE, found.size() > AuditFilter.PAGE_SIZE,
				found.stream().limit(AuditFilter.PAGE_SIZE).map(EntryJson::of).toList());
	}

	@GetMapping("/verification")
	VerificationReport verification() {
		Viewer viewer = currentViewer.get();
		AuditScope.of(viewer, null);
		return VerificationReport.of(verifier.verify(), viewer);
	}

	/** One page of entries, newest first; {@code hasNext} says whether {@code page + 1} has any. */
	record EntryPage(int page, int size, boolean hasNext, List<EntryJson> entries) {
	}

	record EntryJson(long id, Instant occurredAt, UUID organizationId, UUID actorId, String actor, String action,
			String targetType, String targetId, Map<String, String> details, String clientIp, String userAgent,
			String previousHash, String hash) {

		static EntryJson of(AuditEntry e) {
			return new EntryJson(e.id(), e.occurredAt(), e.organizationId(), e.actorId(), e.actorLabel(), e.action(),
					e.targetType(), e.targetId(), e.details(), e.clientIp(), e.userAgent(), e.previousHash(), e.hash());
		}
	}
}
