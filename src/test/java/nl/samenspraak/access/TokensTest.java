package nl.samenspraak.access;

import nl.samenspraak.web.ApiException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The one reading of {@code Authorization: Bearer <token>}, for REST and STOMP alike. */
class TokensTest {

    @Test
    void aBearerHeaderGivesItsToken() {
        assertThat(Tokens.bearer("Bearer abc")).contains("abc");
        assertThat(Tokens.bearer("bearer  abc ")).as("the scheme in any case, the token stripped").contains("abc");
    }

    @Test
    void anythingElseGivesNone() {
        assertThat(Tokens.bearer(null)).isEmpty();
        assertThat(Tokens.bearer("Basic YWRtaW46eA==")).isEmpty();
        assertThat(Tokens.bearer("Bearer")).isEmpty();
        assertThat(Tokens.bearer("Bearer   ")).as("a blank token is none").isEmpty();
        assertThat(Tokens.bearer("Bearerabc")).isEmpty();
    }

    @Test
    void aRequiredTokenThatIsMissingIs401() {
        ApiException refused = catchThrowableOfType(ApiException.class, () -> Tokens.requireBearer("Basic x"));

        assertThat(refused.status().value()).isEqualTo(401);
        assertThat(refused.body().message()).isEqualTo("this needs the header 'Authorization: Bearer <token>'");
    }
}
