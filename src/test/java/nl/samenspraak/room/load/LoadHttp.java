package nl.samenspraak.room.load;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** The HTTP side of the load run: JSON in and out over java.net.http, the facilitator with HTTP Basic. */
final class LoadHttp {

    /** A response outside 2xx, with what the server said. */
    static final class HttpFailure extends IOException {
        final int status;

        HttpFailure(String what, int status, String body) {
            super(what + " -> HTTP " + status + ": " + body);
            this.status = status;
        }
    }

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final URI base;
    private final JsonMapper json;
    final String basic;

    LoadHttp(URI base, String user, String password, JsonMapper json) {
        this.base = base;
        this.json = json;
        this.basic = basic(user, password);
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    JsonNode post(String path, String authorization, Object body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return send(request.build(), "POST " + path);
    }

    JsonNode get(String path, String authorization) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30)).GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return send(request.build(), "GET " + path);
    }

    /** A Micrometer value from the actuator (sum of the VALUE/TOTAL measurements), or NaN when it is not there. */
    double metric(String name, String tag) {
        String path = "/actuator/metrics/" + name + (tag == null ? "" : "?tag=" + URLEncoder.encode(tag, StandardCharsets.UTF_8));
        try {
            JsonNode metric = get(path, basic);
            double sum = 0;
            for (JsonNode measurement : metric.path("measurements")) {
                String statistic = measurement.path("statistic").asString();
                if (statistic.equals("VALUE") || statistic.equals("TOTAL") || statistic.equals("COUNT")) {
                    sum += measurement.path("value").asDouble();
                }
            }
            return sum;
        } catch (IOException | InterruptedException | RuntimeException e) {
            return Double.NaN;
        }
    }

    private JsonNode send(HttpRequest request, String what) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() < 200 || response.statusCode() > 299) {
            throw new HttpFailure(what, response.statusCode(), response.body());
        }
        return response.body().isEmpty() ? json.nullNode() : json.readTree(response.body());
    }
}
