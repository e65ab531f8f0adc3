/**
 * Report-text PHI scrubbing and DICOM PS3.15 de-identification. Pure: no database.
 */
@ApplicationModule
package org.peerlearning.deidentification;

import org.springframework.modulith.ApplicationModule;
