package org.peerlearning.review.sampling;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The sampling counters in memory, as the database keeps them. */
class MemoryTally implements SamplingTally {

	private final Map<UUID, Long> inScope = new HashMap<>();

	private final Map<List<UUID>, Long> ofRadiologist = new HashMap<>();

	private final Map<UUID, LocalDate> firstExams = new HashMap<>();

	@Override
	public long nextInScope(UUID ruleId) {
		return inScope.merge(ruleId, 1L, Long::sum);
	}

	@Override
	public long nextOfRadiologist(UUID ruleId, UUID radiologistId) {
		return ofRadiologist.merge(List.of(ruleId, radiologistId), 1L, Long::sum);
	}

	@Override
	public LocalDate firstExamOn(UUID radiologistId, LocalDate examOn) {
		return firstExams.merge(radiologistId, examOn, (a, b) -> a.isBefore(b) ? a : b);
	}
}
