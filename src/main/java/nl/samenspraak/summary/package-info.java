/**
 * Summaries of a collaboration per dialogue: themes, bring/take matches, paradox spreads, the ambition draft,
 * open issues, the facilitator's review and the exports. Reads shared answers through the conversation and
 * room features, which keep private answers to themselves.
 */
@ApplicationModule(allowedDependencies = {"access", "collaboration", "conversation", "dialogue", "dialogue::catalog",
        "language", "room", "web"})
package nl.samenspraak.summary;

import org.springframework.modulith.ApplicationModule;
