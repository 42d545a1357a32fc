package nl.samenspraak.collaboration;

/**
 * Published when a collaboration and everything of it has been erased, so that features keeping some of it in
 * memory (live rooms) forget it too; the database removes the rows by cascade.
 */
public record CollaborationErased(String collaborationId) {
}
