/**
 * Append-only, tamper-evident log of every access and change. Only listens to other modules.
 */
@ApplicationModule
package org.peerlearning.audit;

import org.springframework.modulith.ApplicationModule;
