/**
 * Cross-cutting infrastructure: web layout, errors, i18n, configuration, embedded database.
 */
@ApplicationModule(displayName = "Platform", type = ApplicationModule.Type.OPEN)
package org.peerlearning.platform;

import org.springframework.modulith.ApplicationModule;
