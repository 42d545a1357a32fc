/**
 * Collaborations, their partners' invitations (it implements the conversation feature's
 * {@code InvitationResolver}), and what the owning facilitator sees of them: states, shared answers, export.
 */
@ApplicationModule(allowedDependencies = {"access", "conversation", "dialogue", "dialogue::catalog", "web"})
package nl.samenspraak.collaboration;

import org.springframework.modulith.ApplicationModule;
