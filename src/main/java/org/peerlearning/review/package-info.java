/**
 * Reviewer assignment, blinded reviews, RADPEER scoring, adjudication by the committee.
 *
 * <h2>Assignment</h2>
 * {@link org.peerlearning.review.ReviewAssignments#assign} puts a case in review with one or more
 * reviewers, each checked by named policies (package {@code policy}): never the author, never the
 * submitter, not a previous reviewer, no declared conflict of interest; suggestions then prefer a
 * matching subspecialty and the least loaded. Due dates default to the organization's turnaround
 * ({@link org.peerlearning.review.TurnaroundTargets}, from the program settings, 14 days unless set); reviewers are reminded of
 * reviews due within two days or overdue ({@code peerlearning.review.reminder-cron}, 07:00 daily).
 *
 * <h2>Outcome</h2>
 * When a case's last open review is in: an out-of-program referral or a safety escalation takes the
 * side track; 2b, 3a, 3b, a referral or reviewers who disagree go to the committee; a great call goes
 * to feedback; unanimous concurrence with nothing to add closes the case; anything else becomes
 * feedback. The committee records a consensus score, the outcome and any safety actions
 * (addendum requested, referrer notified, incident filed).
 *
 * <h2>Pages and API</h2>
 * {@code /triage} (program lead), {@code /reviews} (the reviewer's own assignments, blinded),
 * {@code /committee} (lead and quality committee, blinded). {@code GET /api/v1/reviews/assigned}
 * answers the caller's open assignments as the reviewer sees them: case and assignment ids, due date,
 * modality, body part, exam date, procedure, masked report, state and links; never the author, the
 * submitter or the patient.
 */
@ApplicationModule
package org.peerlearning.review;

import org.springframework.modulith.ApplicationModule;
