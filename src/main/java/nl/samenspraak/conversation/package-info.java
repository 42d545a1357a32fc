/**
 * Solo runs of a dialogue: the REST API, resuming by token, the transcript, and the facilitator's window on a
 * partner's conversation ({@code ConversationDirectory}: shared answers only).
 */
@ApplicationModule(allowedDependencies = {"access", "answer", "dialogue", "dialogue::catalog", "web"})
package nl.samenspraak.conversation;

import org.springframework.modulith.ApplicationModule;
