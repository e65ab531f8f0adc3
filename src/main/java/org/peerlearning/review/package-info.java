/**
 * Sampling rules, reviewer assignment, blinded reviews, scoring and adjudication.
 */
@ApplicationModule
package org.peerlearning.review;

import org.springframework.modulith.ApplicationModule;
