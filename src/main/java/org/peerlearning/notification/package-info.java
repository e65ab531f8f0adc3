/**
 * E-mail and in-app notices, never carrying patient data.
 */
@ApplicationModule
package org.peerlearning.notification;

import org.springframework.modulith.ApplicationModule;
