package org.peerlearning.review.sampling;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.peerlearning.organization.SamplingRule;

import static org.assertj.core.api.Assertions.assertThat;

class SamplingEngineTests {

	private static final ZoneId TORONTO = ZoneId.of("America/Toronto");

	private static final Instant NOV_28 = Instant.parse("2026-11-28T15:00:00Z");

	private final Random random = new Random(20261128);

	private final SamplingEngine engine = new SamplingEngine("lakeshore".getBytes(StandardCharsets.UTF_8), TORONTO);

	@Test
	void aThreePercentRuleSamplesThreePercentOfTenThousandExamsWithinFourStandardDeviations() {
		assertRealisedRateMatches("3", 0.03);
	}

	@Test
	void aTwoAndAHalfPercentRuleSamplesTwoAndAHalfPercentOfTenThousandExams() {
		assertRealisedRateMatches("2.5", 0.025);
	}

	@Test
	void aFiftyPercentRuleSamplesHalfOfTenThousandExams() {
		assertRealisedRateMatches("50", 0.5);
	}

	@Test
	void aHundredPercentRuleSamplesEveryExam() {
		SamplingRule rule = Rules.rate("100").rule();
		MemoryTally tally = new MemoryTally();
		for (int i = 0; i < 1000; i++) {
			assertThat(engine.decide(exam("CT", UUID.randomUUID(), NOV_28), List.of(rule), Map.of(), tally).sampled()).isTrue();
		}
	}

	@Test
	void decidingTheSameExamAgainGivesTheSameAnswer() {
		SamplingRule rule = Rules.rate("5").rule();
		List<ExamToSample> exams = exams(2000, "CT");
		List<Boolean> first = exams.stream().map(e -> engine.decide(e, List.of(rule), Map.of(), new MemoryTally()).sampled()).toList();
		SamplingEngine replay = new SamplingEngine("lakeshore".getBytes(StandardCharsets.UTF_8), TORONTO);
		List<Boolean> second = exams.stream().map(e -> replay.decide(e, List.of(rule), Map.of(), new MemoryTally()).sampled()).toList();
		assertThat(second).isEqualTo(first).contains(true);
	}

	@Test
	void anotherSeedDrawsAnotherSample() {
		SamplingRule rule = Rules.rate("10").rule();
		List<ExamToSample> exams = exams(2000, "CT");
		SamplingEngine other = new SamplingEngine("northern".getBytes(StandardCharsets.UTF_8), TORONTO);
		List<Boolean> one = exams.stream().map(e -> engine.decide(e, List.of(rule), Map.of(), new MemoryTally()).sampled()).toList();
		List<Boolean> two = exams.stream().map(e -> other.decide(e, List.of(rule), Map.of(), new MemoryTally()).sampled()).toList();
		assertThat(two).isNotEqualTo(one);
	}

	@Test
	void everyThirtiethExamIsSampledExactly() {
		SamplingRule rule = Rules.everyNth(30).rule();
		MemoryTally tally = new MemoryTally();
		List<Integer> sampled = new ArrayList<>();
		List<ExamToSample> exams = exams(10_000, "CT");
		for (int i = 0; i < exams.size(); i++) {
			if (engine.decide(exams.get(i), List.of(rule), Map.of(), tally).sampled()) {
				sampled.add(i + 1);
			}
		}
		assertThat(sampled).hasSize(333).allMatch(n -> n % 30 == 0);
	}

	@Test
	void everyNthCountsOnlyExamsInTheRulesScope() {
		SamplingRule rule = Rules.everyNth(2).modalities("CT").rule();
		MemoryTally tally = new MemoryTally();
		List<Boolean> answers = new ArrayList<>();
		for (String modality : List.of("CT", "MR", "CT", "MR", "CT", "CT")) {
			answers.add(engine.decide(exam(modality, UUID.randomUUID(), NOV_28), List.of(rule), Map.of(), tally).sampled());
		}
		assertThat(answers).containsExactly(false, false, true, false, false, true);
	}

	@Test
	void aCampaignForANamedRadiologistSamplesExactlyTheirFirstTwoHundredExams() {
		UUID newcomer = UUID.randomUUID();
		SamplingRule rule = Rules.rate("100").campaign(200, newcomer, null).rule();
		MemoryTally tally = new MemoryTally();
		int newcomerExams = 0;
		List<Integer> sampledRanks = new ArrayList<>();
		for (int i = 0; i < 3000; i++) {
			boolean theirs = i % 3 == 0;
			UUID reader = theirs ? newcomer : UUID.randomUUID();
			boolean sampled = engine.decide(exam("CT", reader, NOV_28), List.of(rule), Map.of(), tally).sampled();
			if (theirs) {
				newcomerExams++;
				if (sampled) {
					sampledRanks.add(newcomerExams);
				}
			}
			else {
				assertThat(sampled).as("someone else's exam").isFalse();
			}
		}
		assertThat(sampledRanks).hasSize(200).startsWith(1, 2, 3).endsWith(199, 200);
	}

	@Test
	void aCampaignForNewRadiologistsSamplesTheFirstExamsOfEachNewcomerButNoneOfAVeteran() {
		LocalDate since = LocalDate.of(2026, 11, 1);
		SamplingRule rule = Rules.rate("100").campaign(50, null, since).rule();
		MemoryTally tally = new MemoryTally();
		UUID veteran = UUID.randomUUID();
		engine.decide(exam("CT", veteran, Instant.parse("2026-10-15T15:00:00Z")), List.of(rule), Map.of(), tally);
		UUID first = UUID.randomUUID();
		UUID second = UUID.randomUUID();
		Map<UUID, Integer> sampled = new java.util.HashMap<>();
		for (int i = 0; i < 300; i++) {
			for (UUID reader : List.of(veteran, first, second)) {
				if (engine.decide(exam("MR", reader, NOV_28), List.of(rule), Map.of(), tally).sampled()) {
					sampled.merge(reader, 1, Integer::sum);
				}
			}
		}
		assertThat(sampled).containsOnlyKeys(first, second).containsEntry(first, 50).containsEntry(second, 50);
	}

	@Test
	void examsOutsideARulesDatesAreNotInItsScope() {
		SamplingRule rule = Rules.rate("100").between(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30)).rule();
		MemoryTally tally = new MemoryTally();
		// 2026-12-01T03:00Z is still November 30 in Toronto: bounds are calendar dates where the exams are read.
		assertThat(decide(rule, tally, "2026-12-01T03:00:00Z")).isTrue();
		assertThat(decide(rule, tally, "2026-12-01T06:00:00Z")).isFalse();
		assertThat(decide(rule, tally, "2026-11-01T15:00:00Z")).isTrue();
		// ... and 2026-11-01T03:00Z is still October 31 there.
		assertThat(decide(rule, tally, "2026-11-01T03:00:00Z")).isFalse();
	}

	@Test
	void theFirstRuleInOrderThatPicksAnExamOwnsItAndEveryRuleInScopeGivesAVerdict() {
		SamplingRule later = Rules.rate("100").position(2).rule();
		SamplingRule earlier = Rules.rate("100").modalities("MR").position(1).rule();
		SamplingOutcome mr = engine.decide(exam("MR", UUID.randomUUID(), NOV_28), List.of(later, earlier), Map.of(), new MemoryTally());
		SamplingOutcome ct = engine.decide(exam("CT", UUID.randomUUID(), NOV_28), List.of(later, earlier), Map.of(), new MemoryTally());
		assertThat(mr.sampledBy()).contains(earlier.id());
		assertThat(mr.verdicts()).hasSize(2);
		assertThat(ct.sampledBy()).contains(later.id());
		assertThat(ct.verdicts()).hasSize(1);
	}

	@Test
	void inactiveRulesSampleNothing() {
		SamplingRule rule = Rules.rate("100").inactive().rule();
		assertThat(engine.decide(exam("CT", UUID.randomUUID(), NOV_28), List.of(rule), Map.of(), new MemoryTally()).verdicts()).isEmpty();
	}

	@Test
	void anExamWhoseRadiologistIsUnknownIsLeftOutOfCampaignsButNotOutOfOtherRules() {
		SamplingRule campaign = Rules.rate("100").campaign(10, null, LocalDate.of(2000, 1, 1)).position(1).rule();
		SamplingRule everything = Rules.rate("100").position(2).rule();
		SamplingOutcome outcome = engine.decide(exam("CT", null, NOV_28), List.of(campaign, everything), Map.of(), new MemoryTally());
		assertThat(outcome.sampledBy()).contains(everything.id());
	}

	private boolean decide(SamplingRule rule, MemoryTally tally, String at) {
		return engine.decide(exam("CT", UUID.randomUUID(), Instant.parse(at)), List.of(rule), Map.of(), tally).sampled();
	}

	private void assertRealisedRateMatches(String percent, double rate) {
		SamplingRule rule = Rules.rate(percent).rule();
		MemoryTally tally = new MemoryTally();
		int n = 10_000;
		long sampled = exams(n, "CT").stream().filter(e -> engine.decide(e, List.of(rule), Map.of(), tally).sampled()).count();
		double expected = n * rate;
		double sd = Math.sqrt(n * rate * (1 - rate));
		assertThat((double) sampled).isBetween(expected - 4 * sd, expected + 4 * sd);
	}

	private List<ExamToSample> exams(int count, String modality) {
		List<ExamToSample> exams = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			exams.add(exam(modality, new UUID(random.nextLong(), random.nextLong()), NOV_28.plusSeconds(i).atOffset(ZoneOffset.UTC).toInstant()));
		}
		return exams;
	}

	private ExamToSample exam(String modality, UUID radiologist, Instant at) {
		return new ExamToSample(new UUID(random.nextLong(), random.nextLong()), null, modality, "CHEST", radiologist, at);
	}
}
