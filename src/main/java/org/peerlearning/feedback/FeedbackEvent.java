package org.peerlearning.feedback;

import java.util.Map;
import java.util.UUID;

import org.peerlearning.platform.AuditableEvent;

/**
 * What happened to a piece of feedback, for the audit trail: sent, viewed, acknowledged, replied
 * to, a conversation asked for, a reminder. Details never hold the text of the feedback.
 */
public record FeedbackEvent(String step, UUID organizationId, UUID actorId, UUID feedbackId, Map<String, String> details)
		implements AuditableEvent {

	public static final String SENT = "sent";

	public static final String VIEWED = "viewed";

	public static final String ACKNOWLEDGED = "acknowledged";

	public static final String REPLIED = "replied";

	public static final String CONVERSATION_REQUESTED = "conversation-requested";

	public static final String REMINDED = "reminded";

	@Override
	public String action() {
		return "feedback." + step;
	}

	@Override
	public String targetType() {
		return "feedback";
	}

	@Override
	public String targetId() {
		return feedbackId.toString();
	}
}
