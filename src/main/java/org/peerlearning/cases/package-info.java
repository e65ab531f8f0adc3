/**
 * Learning cases from every source, their state machine, triage and attachments.
 */
@ApplicationModule
package org.peerlearning.cases;

import org.springframework.modulith.ApplicationModule;
