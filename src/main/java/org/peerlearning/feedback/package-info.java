/**
 * Private feedback to authors, acknowledgement and replies.
 */
@ApplicationModule
package org.peerlearning.feedback;

import org.springframework.modulith.ApplicationModule;
