package org.peerlearning.feedback.internal;

import org.peerlearning.cases.CaseId;
import org.peerlearning.cases.CaseState;
import org.peerlearning.cases.CaseStateChanged;
import org.peerlearning.feedback.Feedback;
import org.peerlearning.identity.PersonId;
import org.peerlearning.organization.OrganizationId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * When a case reaches "feedback pending" (after its review or the committee's decision), its
 * author gets the feedback. After the commit, in a transaction of its own: the review stands even
 * if sending fails, and the stored event is delivered again at the next start.
 */
@Component
class CaseFeedback {

	private static final Logger log = LoggerFactory.getLogger(CaseFeedback.class);

	private final Feedback feedback;

	CaseFeedback(Feedback feedback) {
		this.feedback = feedback;
	}

	@ApplicationModuleListener
	void on(CaseStateChanged changed) {
		if (changed.to() == CaseState.FEEDBACK_PENDING) {
			try {
				feedback.sendForCase(new OrganizationId(changed.organizationId()), new CaseId(changed.caseId()),
						changed.actorId() == null ? null : new PersonId(changed.actorId()));
			}
			catch (RuntimeException ex) {
				// Left uncompleted in the event registry, so it is tried again at the next start.
				log.warn("Feedback of case {} could not be sent", changed.caseId(), ex);
				throw ex;
			}
		}
	}
}
