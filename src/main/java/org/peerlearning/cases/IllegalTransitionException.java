package org.peerlearning.cases;

/**
 * A step that the case's state does not allow (or that someone else took first): a conflict,
 * answered 409 with a message naming the state and the step.
 */
public class IllegalTransitionException extends RuntimeException {

	private final CaseState state;

	private final CaseAction action;

	public IllegalTransitionException(CaseState state, CaseAction action) {
		super("a case in state " + state + " cannot " + action);
		this.state = state;
		this.action = action;
	}

	public CaseState state() {
		return state;
	}

	public CaseAction action() {
		return action;
	}
}
