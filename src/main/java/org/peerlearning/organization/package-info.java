/**
 * Organizations, their sites and program settings.
 */
@ApplicationModule
package org.peerlearning.organization;

import org.springframework.modulith.ApplicationModule;
