package nl.samenspraak.collaboration;

import nl.samenspraak.access.Facilitators;
import nl.samenspraak.web.ApiException;
import org.springframework.stereotype.Component;

/** What other features may ask about collaborations: whether a facilitator owns one. */
@Component
public class Collaborations {

    private final CollaborationRepository collaborations;
    private final Facilitators facilitators;

    Collaborations(CollaborationRepository collaborations, Facilitators facilitators) {
        this.collaborations = collaborations;
        this.facilitators = facilitators;
    }

    /** Throws 404 unless the logged-in facilitator owns the collaboration, as if it did not exist. */
    public void ensureOwnedByCurrent(String collaborationId) {
        if (!owns(facilitators.current().username(), collaborationId)) {
            throw ApiException.notFound("no collaboration " + collaborationId);
        }
    }

    public boolean owns(String username, String collaborationId) {
        return facilitators.byUsername(username)
                .flatMap(f -> collaborations.findById(collaborationId).filter(c -> c.ownerId().equals(f.id())))
                .isPresent();
    }

    /** The username of the facilitator who owns the collaboration. */
    public String ownerUsername(String collaborationId) {
        return collaborations.findById(collaborationId).flatMap(c -> facilitators.byId(c.ownerId()))
                .map(f -> f.username()).orElseThrow(() -> ApiException.notFound("no collaboration " + collaborationId));
    }
}
