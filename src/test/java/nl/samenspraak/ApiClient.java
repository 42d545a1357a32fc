package nl.samenspraak;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A tiny HTTP client for the Samenspraak API in tests: plain java.net.http, JSON through Jackson. */
public final class ApiClient {

    public static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    /** The Authorization header of a facilitator's username and password (HTTP Basic). */
    public static String basic(String username, String password) {
        return "Basic " + java.util.Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    public ApiClient(int port) {
        this.base = "http://localhost:" + port;
    }

    /** One response: status, headers and the body as bytes (decoded as UTF-8 on demand). */
    public record Response(int status, java.net.http.HttpHeaders headers, byte[] bytes) {

        public String body() {
            return new String(bytes, StandardCharsets.UTF_8);
        }

        public JsonNode json() {
            return JSON.readTree(body());
        }

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        @Override
        public String toString() {
            return status + " " + body();
        }
    }

    /** A started conversation: its id, its bearer token and the first step. */
    public record Started(String id, String token, JsonNode step) {
    }

    public Response get(String path, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).GET();
        return send(authorize(request, token));
    }

    /** A GET with the Authorization header exactly as given, or none when it is null. */
    public Response getWithAuthorization(String path, String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).GET();
        return send(authorization == null ? request : request.header("Authorization", authorization));
    }

    /** Posts an object (a Map, List, ...) as JSON. */
    public Response post(String path, String token, Object body) {
        return postRaw(path, token, JSON.writeValueAsString(body));
    }

    /** Posts the body exactly as given, as application/json. */
    public Response postRaw(String path, String token, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        return send(authorize(request, token));
    }

    /** Starts a conversation and fails the test unless the server answers 201. */
    public Started start(String dialogueId, String language, String name, String organisation) {
        Response response = post("/api/conversations", null, Map.of("dialogueId", dialogueId, "language", language,
                "participant", Map.of("name", name, "organisation", organisation)));
        if (response.status() != 201) {
            throw new AssertionError("starting " + dialogueId + " failed: " + response);
        }
        JsonNode json = response.json();
        return new Started(json.get("id").asString(), json.get("token").asString(), json.get("step"));
    }

    public Response answer(Started c, String nodeId, Object value) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("nodeId", nodeId);
        body.put("value", value);
        return post("/api/conversations/" + c.id() + "/answers", c.token(), body);
    }

    /** Answers and fails the test unless the server answers 200; returns the next step. */
    public JsonNode answerOk(Started c, String nodeId, Object value) {
        Response response = answer(c, nodeId, value);
        if (response.status() != 200) {
            throw new AssertionError("answering " + nodeId + " with " + value + " failed: " + response);
        }
        return response.json().get("step");
    }

    public JsonNode view(Started c) {
        Response response = get("/api/conversations/" + c.id(), c.token());
        if (response.status() != 200) {
            throw new AssertionError("reading conversation " + c.id() + " failed: " + response);
        }
        return response.json();
    }

    /**
     * A value the step accepts, built only from what the step itself says (type, options, limits): enough
     * words that no probe is asked, the fewest items and options allowed (at least two where possible).
     */
    public static Object validValue(JsonNode step) {
        JsonNode limits = step.path("limits");
        return switch (step.get("type").asString()) {
            case "text" -> {
                int maxWords = limits.path("maxWords").asInt(400);
                // Concrete and about the wanted future, so that no probe for a vague or problem-framed answer asks again.
                String[] words = ("De gemeente zet twee wijkcoaches in en de corporatie stelt elke dinsdag een ruimte in de "
                        + "flat aan de Dorpsstraat open voor ouderen uit de wijk").split(" ");
                yield String.join(" ", Arrays.copyOf(words, Math.min(words.length, maxWords)));
            }
            case "list" -> {
                int count = Math.max(limits.path("minItems").asInt(1), Math.min(2, limits.path("maxItems").asInt(2)));
                List<String> items = new ArrayList<>();
                for (int i = 1; i <= count; i++) {
                    items.add("Punt " + i);
                }
                yield items;
            }
            case "choice" -> step.get("options").get(0).get("id").asString();
            case "multi" -> {
                int count = Math.max(limits.path("minSelected").asInt(1), Math.min(2, limits.path("maxSelected").asInt(2)));
                List<String> ids = new ArrayList<>();
                for (int i = 0; i < count; i++) {
                    ids.add(step.get("options").get(i).get("id").asString());
                }
                yield ids;
            }
            case "rank" -> {
                List<String> ids = new ArrayList<>();
                step.get("options").forEach(option -> ids.add(0, option.get("id").asString()));
                yield ids;
            }
            case "scale" -> step.get("min").asInt();
            default -> null; // say, recap: nothing to give
        };
    }

    /**
     * Opens an invitation's conversation and walks it to its end: each step answered with what {@code given}
     * says, or else with {@link #validValue}, shared unless its node is among {@code privately}. Returns the end.
     */
    public JsonNode walkInvitation(String invitationToken, java.util.function.Function<JsonNode, Object> given,
                                   java.util.Set<String> privately) {
        Response started = post("/api/conversations", null, Map.of("invitation", invitationToken));
        if (started.status() != 200 && started.status() != 201) {
            throw new AssertionError("opening the invitation failed: " + started);
        }
        String id = started.json().get("id").asString();
        JsonNode step = started.json().get("step");
        for (int guard = 0; !step.get("type").asString().equals("end"); guard++) {
            if (guard == 200) {
                throw new AssertionError("no end after 200 steps, at " + step.get("nodeId"));
            }
            String node = step.get("nodeId").asString();
            Object value = given.apply(step);
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("nodeId", node);
            body.put("value", value != null ? value : validValue(step));
            body.put("visibility", privately.contains(node) ? "private" : "shared");
            Response answered = post("/api/conversations/" + id + "/answers", invitationToken, body);
            if (answered.status() != 200) {
                throw new AssertionError("answering " + node + " failed: " + answered);
            }
            step = answered.json().get("step");
        }
        return step;
    }

    /** Any request, with the headers exactly as given (none when null) and the body as JSON (none when null). */
    public Response call(String method, String path, Map<String, String> headers, Object body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).method(method, body == null
                ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (headers != null) {
            headers.forEach(request::header);
        }
        return send(request);
    }

    private static HttpRequest.Builder authorize(HttpRequest.Builder request, String token) {
        return token == null ? request : request.header("Authorization", "Bearer " + token);
    }

    private Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<byte[]> response = http.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            return new Response(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
