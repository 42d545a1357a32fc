package nl.samenspraak.room;

import nl.samenspraak.ApiClient;
import tools.jackson.databind.JsonNode;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** HTTP calls of the room tests: JSON in and out, failing the test on anything but 2xx. */
final class RoomHttp {

    private final HttpClient http = HttpClient.newHttpClient();
    private final int port;

    RoomHttp(int port) {
        this.port = port;
    }

    static String basic(String password) {
        return ApiClient.basic("admin", password);
    }

    static String bearer(JsonNode joined) {
        return "Bearer " + joined.get("token").asString();
    }

    JsonNode post(String path, String authorization, Object body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(StompTestClient.JSON.writeValueAsString(body)));
        return send(authorization == null ? request : request.header("Authorization", authorization), path);
    }

    JsonNode get(String path, String authorization) throws Exception {
        return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Authorization", authorization), path);
    }

    /** The status of a call whose body does not matter (a DELETE, a refusal). */
    int status(String method, String path, String authorization) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", authorization).method(method, HttpRequest.BodyPublishers.noBody()).build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private JsonNode send(HttpRequest.Builder request, String path) throws Exception {
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("%s: %s", path, response.body()).isBetween(200, 299);
        return StompTestClient.JSON.readTree(response.body());
    }
}
