package org.peerlearning.intake.web;

import java.util.Optional;

import org.peerlearning.identity.Role;
import org.peerlearning.identity.Viewer;
import org.peerlearning.intake.ExamId;
import org.peerlearning.intake.ExamViewed;
import org.peerlearning.intake.ExamsListed;
import org.peerlearning.intake.domain.ExamQueries;
import org.peerlearning.intake.domain.ExamQueries.Filter;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads exams for the API and records who saw patient data. Runs in a (read-write) transaction so
 * the audit events are published with it and reach transactional listeners after the commit.
 */
@Service
class ExamReading {

	private final ExamQueries queries;

	private final ApplicationEventPublisher events;

	ExamReading(ExamQueries queries, ApplicationEventPublisher events) {
		this.queries = queries;
		this.events = events;
	}

	/** Program leads and administrators see patient identifiers; nobody else does in a list. */
	static boolean seesPatientIdentifiers(Viewer viewer) {
		return viewer.administers() || viewer.has(Role.PROGRAM_LEAD);
	}

	@Transactional
	ExamJson.Page list(Viewer viewer, Filter filter, int page, int size) {
		ExamQueries.Page found = queries.search(viewer.organizationId(), filter, page, size);
		boolean identified = seesPatientIdentifiers(viewer);
		if (identified && !found.exams().isEmpty()) {
			events.publishEvent(new ExamsListed(viewer.organizationId().value(), viewer.personId().value(), found.exams().size(),
					describe(filter)));
		}
		return new ExamJson.Page(found.exams().stream().map(e -> ExamJson.of(e, identified, false)).toList(), found.page(),
				found.size(), found.total());
	}

	/** One exam with its report text, which is patient data too: every view is audited. */
	@Transactional
	Optional<ExamJson> one(Viewer viewer, ExamId id) {
		return queries.find(viewer.organizationId(), id).map(exam -> {
			events.publishEvent(new ExamViewed(viewer.organizationId().value(), viewer.personId().value(), exam.id().value()));
			return ExamJson.of(exam, seesPatientIdentifiers(viewer), true);
		});
	}

	private static String describe(Filter filter) {
		StringBuilder text = new StringBuilder();
		if (filter.accession() != null) {
			text.append("accession ");
		}
		if (filter.modality() != null) {
			text.append("modality=").append(filter.modality()).append(' ');
		}
		if (filter.status() != null) {
			text.append("status=").append(filter.status()).append(' ');
		}
		if (filter.from() != null) {
			text.append("from=").append(filter.from()).append(' ');
		}
		if (filter.to() != null) {
			text.append("to=").append(filter.to());
		}
		return text.toString().strip();
	}
}
