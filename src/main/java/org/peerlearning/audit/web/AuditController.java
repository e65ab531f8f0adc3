package org.peerlearning.audit.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import org.peerlearning.audit.internal.AuditEntries;
import org.peerlearning.audit.internal.AuditEntry;
import org.peerlearning.audit.internal.ChainVerifier;
import org.peerlearning.identity.CurrentViewer;
import org.peerlearning.identity.Viewer;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;

/**
 * The audit trail pages. htmx requests get only the part that changes (the results, the
 * verification outcome); plain requests get whole pages, so everything works without script.
 */
@Controller
@RequestMapping("/audit")
class AuditController {

	private final CurrentViewer currentViewer;

	private final AuditEntries entries;

	private final ChainVerifier verifier;

	private final AuditRows rows;

	private final ActionLabels labels;

	AuditController(CurrentViewer currentViewer, AuditEntries entries, ChainVerifier verifier, AuditRows rows,
			ActionLabels labels) {
		this.currentViewer = currentViewer;
		this.entries = entries;
		this.verifier = verifier;
		this.rows = rows;
		this.labels = labels;
	}

	@GetMapping
	String list(@ModelAttribute("filter") AuditFilter filter, HttpServletRequest request, Model model, Locale locale) {
		Viewer viewer = currentViewer.get();
		AuditScope scope = AuditScope.of(viewer, filter.organizationId());
		var invalid = filter.invalid();
		List<AuditRow> page = List.of();
		boolean hasNext = false;
		if (invalid.isEmpty()) {
			Map<UUID, String> names = scope.platformWide() ? rows.organizationNames() : Map.of();
			List<AuditEntry> found = entries.find(filter.query(scope.organizationId(), rows.zone()), filter.pageNumber(),
					AuditFilter.PAGE_SIZE);
			hasNext = found.size() > AuditFilter.PAGE_SIZE;
			page = found.stream().limit(AuditFilter.PAGE_SIZE).map(e -> rows.row(e, locale, names)).toList();
		}
		int number = filter.pageNumber();
		model.addAttribute("rows", page);
		model.addAttribute("invalid", invalid);
		model.addAttribute("invalidFields", labels.filterFields(invalid, locale));
		model.addAttribute("platformWide", scope.platformWide());
		model.addAttribute("organizations", scope.platformWide() ? viewer.organizations() : List.of());
		model.addAttribute("zone", rows.zone().getId());
		model.addAttribute("pageNumber", number);
		model.addAttribute("previousUrl", number > 0 ? filter.url("/audit", number - 1) : null);
		model.addAttribute("nextUrl", hasNext ? filter.url("/audit", number + 1) : null);
		return partial(request) ? "audit/list :: results" : "audit/list";
	}

	@GetMapping("/{id:\\d+}")
	String entry(@PathVariable long id, Model model, Locale locale) {
		AuditScope scope = AuditScope.of(currentViewer.get(), null);
		AuditEntry entry = entries.find(id, scope.entryScope())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		Map<UUID, String> names = scope.platformWide() ? rows.organizationNames() : Map.of();
		model.addAttribute("row", rows.row(entry, locale, names));
		model.addAttribute("platformWide", scope.platformWide());
		model.addAttribute("zone", rows.zone().getId());
		return "audit/entry";
	}

	@GetMapping("/verification")
	String verification(HttpServletRequest request, Model model, Locale locale) {
		Viewer viewer = currentViewer.get();
		AuditScope.of(viewer, null);
		VerificationReport report = VerificationReport.of(verifier.verify(), viewer);
		model.addAttribute("report", report);
		model.addAttribute("reason", labels.reason(report.reason(), locale));
		model.addAttribute("brokenAt", rows.time(report.firstBrokenEntryOccurredAt(), locale));
		return partial(request) ? "audit/verification :: result" : "audit/verification";
	}

	/** An htmx request for a part of the page; a history restore wants the whole page. */
	private static boolean partial(HttpServletRequest request) {
		return request.getHeader("HX-Request") != null && request.getHeader("HX-History-Restore-Request") == null;
	}
}
