package org.peerlearning.review.sampling;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiPredicate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReviewerPickerTests {

	private final UUID reader = id(1);

	private final UUID ana = id(2);

	private final UUID ben = id(3);

	private final UUID cleo = id(4);

	private static final BiPredicate<UUID, UUID> NO_CONFLICTS = (a, b) -> false;

	@Test
	void aRadiologistIsNeverAssignedTheirOwnReport() {
		assertThat(ReviewerPicker.pick(reader, List.of(reader), null, Map.of(), Map.of(), NO_CONFLICTS)).isEmpty();
		assertThat(ReviewerPicker.pick(reader, List.of(reader, ana), null, Map.of(), Map.of(reader, -5), NO_CONFLICTS)).contains(ana);
	}

	@Test
	void peopleInAConflictPairNeverReviewEachOther() {
		BiPredicate<UUID, UUID> anaAndReader = (a, b) -> a.equals(ana) && b.equals(reader) || a.equals(reader) && b.equals(ana);
		assertThat(ReviewerPicker.pick(reader, List.of(ana, ben), null, Map.of(), Map.of(ben, 9), anaAndReader)).contains(ben);
		assertThat(ReviewerPicker.pick(reader, List.of(ana), null, Map.of(), Map.of(), anaAndReader)).isEmpty();
	}

	@Test
	void aReviewerWhoHasTheirMonthsQuotaOfTheRuleIsPassedOver() {
		assertThat(ReviewerPicker.pick(reader, List.of(ana, ben), 20, Map.of(ana, 20, ben, 19), Map.of(ana, 20, ben, 30), NO_CONFLICTS))
			.contains(ben);
		assertThat(ReviewerPicker.pick(reader, List.of(ana, ben), 20, Map.of(ana, 20, ben, 20), Map.of(), NO_CONFLICTS)).isEmpty();
	}

	@Test
	void theLeastLoadedReviewerIsChosenAndTiesGoTheSameWayEveryTime() {
		assertThat(ReviewerPicker.pick(reader, List.of(ana, ben, cleo), null, Map.of(), Map.of(ana, 3, ben, 1, cleo, 2), NO_CONFLICTS))
			.contains(ben);
		assertThat(ReviewerPicker.pick(reader, List.of(cleo, ben, ana), null, Map.of(), Map.of(), NO_CONFLICTS)).contains(ana);
	}

	@Test
	void anExamWithoutAKnownReaderCanGoToAnyoneInThePool() {
		assertThat(ReviewerPicker.pick(null, List.of(ben), null, Map.of(), Map.of(), NO_CONFLICTS)).contains(ben);
	}

	private static UUID id(int n) {
		return new UUID(0, n);
	}
}
