/**
 * People, memberships and roles per organization, sign-in (form and single sign-on), API tokens and the current organization of a request.
 */
@ApplicationModule
package org.peerlearning.identity;

import org.springframework.modulith.ApplicationModule;
