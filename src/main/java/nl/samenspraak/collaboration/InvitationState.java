package nl.samenspraak.collaboration;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/**
 * Where an invitation stands, as the facilitator sees it; sent as {@code not-opened}, {@code in-progress},
 * {@code done}, {@code revoked} or {@code expired}. Computed, never stored.
 */
enum InvitationState {
    NOT_OPENED, IN_PROGRESS, DONE, REVOKED, EXPIRED;

    @JsonValue
    String wireName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
