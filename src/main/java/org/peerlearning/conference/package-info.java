/**
 * Learning conferences: sessions, agendas, votes, attendance, learning points and certificates.
 */
@ApplicationModule
package org.peerlearning.conference;

import org.springframework.modulith.ApplicationModule;
