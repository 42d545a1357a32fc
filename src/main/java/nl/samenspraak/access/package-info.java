/**
 * Facilitator accounts, Spring Security, participant tokens (and the one reading of {@code Authorization:
 * Bearer}), rate limits, request size, and the audit log of what facilitators do.
 */
@ApplicationModule(allowedDependencies = "web")
package nl.samenspraak.access;

import org.springframework.modulith.ApplicationModule;
