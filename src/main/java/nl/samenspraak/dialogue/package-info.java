/**
 * The script model and the pure engine (state + answer → next step), with the rules a dialogue must follow:
 * no Spring web, no database, no other feature. Its public types are what other features use; reading files
 * and the catalog of dialogues on offer are the named interface {@code dialogue::catalog}.
 */
@ApplicationModule(allowedDependencies = {})
package nl.samenspraak.dialogue;

import org.springframework.modulith.ApplicationModule;
