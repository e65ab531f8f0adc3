/**
 * Improvement actions raised from cases and conferences.
 */
@ApplicationModule
package org.peerlearning.improvement;

import org.springframework.modulith.ApplicationModule;
