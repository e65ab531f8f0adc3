/**
 * Learning cases from every source, their state machine, triage decisions, timeline and comments.
 *
 * <h2>Workflow</h2>
 * {@link org.peerlearning.cases.CaseState#after(org.peerlearning.cases.CaseAction)} is the one place
 * that says which step may follow which; {@link org.peerlearning.cases.Cases#transition} refuses
 * anything else with {@link org.peerlearning.cases.IllegalTransitionException} (a 409, or a message on
 * the page), also when someone moved the case in the meantime. Submissions open in SUBMITTED and
 * wait for the program lead; samples ({@code RANDOM_SAMPLE}, {@code RULE_SAMPLE}) open in TRIAGE and
 * go to review when a reviewer is assigned. Every step is on the case's timeline and published as
 * {@code cases.case.state-changed} (triage decisions also as {@code cases.case.triaged}).
 *
 * <h2>Who sees what</h2>
 * The program lead sees everything, patient and names included. The submitter sees their own case
 * without the author or the reviewers. The quality committee sees cases blinded. A case referred
 * out of the program is the lead's alone and is left out of worklists. Everyone else gets a 404.
 * Every view of a case, its exam or its report publishes {@code cases.case.viewed}.
 *
 * <h2>Blinding</h2>
 * {@link org.peerlearning.cases.Cases#blindedExam} drops signature and dictation lines ("Dictated
 * by", "Electronically signed", "Transcribed", "Read by", "D:/T:" stamps...), replaces the author's
 * and the submitter's names (whatever their case or accents), every member's full name, CPSO numbers
 * and e-mails, then tags the patient's identifiers with the text de-identifier; priors are masked the
 * same way.
 *
 * <h2>Submission</h2>
 * {@code GET /cases/new?accession=...} (PACS/RIS context launch) opens the one-screen form with the
 * exam filled in; the form is kept as a draft in the browser until submitted.
 * {@code POST /api/v1/cases} ({@code accession} or {@code examId}, {@code source}, {@code note},
 * {@code categories}, {@code named}) and {@code GET /api/v1/cases[/{id}]} serve integrations.
 *
 * <h2>Settings</h2>
 * The image viewer link shown to reviewers comes from the organization's program settings, else
 * from {@code peerlearning.viewer.url-template}, with {@code {studyUid}} and {@code {accession}}
 * placeholders (no link when neither is set). Categories
 * come from {@link org.peerlearning.cases.CaseCategories}: the organization's discrepancy taxonomy.
 */
@ApplicationModule
package org.peerlearning.cases;

import org.springframework.modulith.ApplicationModule;
