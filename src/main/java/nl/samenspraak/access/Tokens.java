package nl.samenspraak.access;

import nl.samenspraak.web.ApiException;
import org.springframework.http.HttpStatus;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Random bearer tokens (256 bits) and their SHA-256 hashes; only hashes are ever stored. Also the one reading
 * of {@code Authorization: Bearer <token>}, for REST and STOMP alike.
 */
public final class Tokens {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String BEARER = "Bearer ";

    private Tokens() {
    }

    public static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** Compares in constant time, so the time taken says nothing about how close a guess was. */
    public static boolean matches(String token, String expectedHash) {
        return token != null && MessageDigest.isEqual(hash(token).getBytes(StandardCharsets.US_ASCII),
                expectedHash.getBytes(StandardCharsets.US_ASCII));
    }

    /**
     * The token of an {@code Authorization} header of the form {@code Bearer <token>} (the scheme in any case);
     * empty for no header, another scheme, or a blank token.
     */
    public static Optional<String> bearer(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return Optional.empty();
        }
        String token = authorization.substring(BEARER.length()).strip();
        return token.isEmpty() ? Optional.empty() : Optional.of(token);
    }

    /** The bearer token a request must carry: 401 without one. */
    public static String requireBearer(String authorization) {
        return bearer(authorization).orElseThrow(() -> ApiException.localized(HttpStatus.UNAUTHORIZED, "unauthorized",
                null, "api.bearer.missing", List.of()));
    }
}
