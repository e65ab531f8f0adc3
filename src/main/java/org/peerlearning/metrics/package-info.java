/**
 * Read models and reports built from events only.
 */
@ApplicationModule
package org.peerlearning.metrics;

import org.springframework.modulith.ApplicationModule;
