/**
 * Live group sessions: join codes, STOMP, phases, presence, QR codes; rooms in memory between changes, answers
 * stored by group commit.
 */
@ApplicationModule(allowedDependencies = {"access", "answer", "collaboration", "conversation", "dialogue",
        "dialogue::catalog", "web"})
package nl.samenspraak.room;

import org.springframework.modulith.ApplicationModule;
