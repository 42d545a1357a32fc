/** The append-only answer log: every revision of every answer, solo and room alike, with its visibility. */
@ApplicationModule(allowedDependencies = "dialogue")
package nl.samenspraak.answer;

import org.springframework.modulith.ApplicationModule;
