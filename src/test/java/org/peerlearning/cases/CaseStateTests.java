package org.peerlearning.cases;

import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peerlearning.cases.CaseAction.*;
import static org.peerlearning.cases.CaseState.*;

/**
 * The case workflow, checked for every state and every step: the table below is the whole
 * workflow; anything not in it must be refused.
 */
class CaseStateTests {

	private static final Map<CaseState, Map<CaseAction, CaseState>> WORKFLOW = new EnumMap<>(CaseState.class);

	static {
		allow(DRAFT, SUBMIT, SUBMITTED);
		allow(DRAFT, CANCEL, CANCELLED);
		allow(SUBMITTED, ACCEPT, TRIAGE);
		allow(SUBMITTED, CANCEL, CANCELLED);
		allow(SUBMITTED, REJECT, REJECTED);
		allow(SUBMITTED, MERGE, CANCELLED);
		allow(SUBMITTED, ASSIGN, IN_REVIEW);
		allow(TRIAGE, CANCEL, CANCELLED);
		allow(TRIAGE, REJECT, REJECTED);
		allow(TRIAGE, MERGE, CANCELLED);
		allow(TRIAGE, ASSIGN, IN_REVIEW);
		allow(TRIAGE, REFER_OUT_OF_PROGRAM, OUT_OF_PROGRAM);
		allow(IN_REVIEW, ASSIGN, IN_REVIEW);
		allow(IN_REVIEW, CONCUR, CLOSED);
		allow(IN_REVIEW, REFER_TO_COMMITTEE, ADJUDICATION);
		allow(IN_REVIEW, SEND_FEEDBACK, FEEDBACK_PENDING);
		allow(IN_REVIEW, ESCALATE_SAFETY, SAFETY_ESCALATION);
		allow(IN_REVIEW, REFER_OUT_OF_PROGRAM, OUT_OF_PROGRAM);
		allow(ADJUDICATION, SEND_FEEDBACK, FEEDBACK_PENDING);
		allow(ADJUDICATION, QUEUE_FOR_CONFERENCE, CONFERENCE_QUEUED);
		allow(ADJUDICATION, START_FOLLOW_UP, FOLLOW_UP);
		allow(ADJUDICATION, CLOSE, CLOSED);
		allow(ADJUDICATION, ESCALATE_SAFETY, SAFETY_ESCALATION);
		allow(ADJUDICATION, REFER_OUT_OF_PROGRAM, OUT_OF_PROGRAM);
		allow(FEEDBACK_PENDING, ACKNOWLEDGE, FEEDBACK_ACKNOWLEDGED);
		allow(FEEDBACK_PENDING, QUEUE_FOR_CONFERENCE, CONFERENCE_QUEUED);
		allow(FEEDBACK_ACKNOWLEDGED, QUEUE_FOR_CONFERENCE, CONFERENCE_QUEUED);
		allow(FEEDBACK_ACKNOWLEDGED, START_FOLLOW_UP, FOLLOW_UP);
		allow(FEEDBACK_ACKNOWLEDGED, CLOSE, CLOSED);
		allow(CONFERENCE_QUEUED, PRESENT, PRESENTED);
		allow(PRESENTED, START_FOLLOW_UP, FOLLOW_UP);
		allow(PRESENTED, CLOSE, CLOSED);
		allow(FOLLOW_UP, CLOSE, CLOSED);
		allow(SAFETY_ESCALATION, REFER_TO_COMMITTEE, ADJUDICATION);
		allow(SAFETY_ESCALATION, SEND_FEEDBACK, FEEDBACK_PENDING);
		allow(SAFETY_ESCALATION, CLOSE, CLOSED);
		allow(SAFETY_ESCALATION, REFER_OUT_OF_PROGRAM, OUT_OF_PROGRAM);
	}

	private static void allow(CaseState from, CaseAction action, CaseState to) {
		WORKFLOW.computeIfAbsent(from, s -> new EnumMap<>(CaseAction.class)).put(action, to);
	}

	static Stream<Arguments> everyStateAndStep() {
		return Stream.of(CaseState.values()).flatMap(state -> Stream.of(CaseAction.values()).map(action -> Arguments.of(state, action)));
	}

	@ParameterizedTest(name = "{0} × {1}")
	@MethodSource("everyStateAndStep")
	void eachStepIsAllowedExactlyWhereTheWorkflowSaysAndLeadsWhereItSays(CaseState state, CaseAction action) {
		CaseState expected = WORKFLOW.getOrDefault(state, Map.of()).get(action);
		assertThat(state.after(action)).as("%s then %s", state, action).isEqualTo(java.util.Optional.ofNullable(expected));
		assertThat(state.allows(action)).isEqualTo(expected != null);
	}

	@Test
	void closedCancelledRejectedAndOutOfProgramCasesAreFinal() {
		assertThat(Stream.of(CaseState.values()).filter(CaseState::terminal))
			.containsExactlyInAnyOrder(CLOSED, CANCELLED, REJECTED, OUT_OF_PROGRAM);
	}

	@Test
	void everyStateCanBeReachedFromADraft() {
		java.util.Set<CaseState> reached = java.util.EnumSet.of(DRAFT);
		boolean grew = true;
		while (grew) {
			grew = false;
			for (CaseState state : java.util.List.copyOf(reached)) {
				for (CaseAction action : CaseAction.values()) {
					grew |= state.after(action).map(reached::add).orElse(false);
				}
			}
		}
		assertThat(reached).containsExactlyInAnyOrder(CaseState.values());
	}

	@Test
	void aSampleStartsInTriageButASubmissionWaitsToBeAccepted() {
		assertThat(CaseSource.RANDOM_SAMPLE.sample()).isTrue();
		assertThat(CaseSource.RULE_SAMPLE.sample()).isTrue();
		assertThat(Stream.of(CaseSource.values()).filter(CaseSource::submittable)).hasSize(CaseSource.values().length - 2);
	}

	@Test
	void aSignificantDiscrepancyCannotBeClosedStraightFromReviewWithoutConcurring() {
		assertThat(IN_REVIEW.allows(CLOSE)).isFalse();
		assertThat(IN_REVIEW.allows(CONCUR)).isTrue();
	}
}
