/**
 * The exam feed: HL7 v2 over MLLP, FHIR R4 and CSV; exams and their reports.
 */
@ApplicationModule
package org.peerlearning.intake;

import org.springframework.modulith.ApplicationModule;
