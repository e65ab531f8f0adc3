/**
 * The cross-organization library of de-identified teaching cases and shared resources.
 */
@ApplicationModule
package org.peerlearning.community;

import org.springframework.modulith.ApplicationModule;
