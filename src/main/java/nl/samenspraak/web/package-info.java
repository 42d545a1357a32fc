/**
 * What every feature's HTTP side shares: error responses ({@code {error, field, message}}, the dialogue's
 * refusals among them), strict JSON, UI strings and Markdown escaping.
 */
@ApplicationModule(allowedDependencies = "dialogue")
package nl.samenspraak.web;

import org.springframework.modulith.ApplicationModule;
