/**
 * Append-only, tamper-evident log of every access and change. Only listens to other modules:
 * every {@link org.peerlearning.platform.AuditableEvent} is recorded inside the transaction that
 * published it, as one link of a SHA-256 hash chain. The database refuses updates and deletes of
 * entries; whoever can switch that guard off (a superuser, the table owner) can still rewrite
 * rows, and the chain verification (on the audit page, in the API, every night) then names the
 * first entry that no longer holds. Nobody calls this module, so it has no public API.
 */
@ApplicationModule
package org.peerlearning.audit;

import org.springframework.modulith.ApplicationModule;
