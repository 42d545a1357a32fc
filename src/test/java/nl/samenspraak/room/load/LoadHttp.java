package nl.samenspraak.room.load;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * The HTTP side of the load run: JSON in and out over java.net.http, the facilitator with HTTP Basic. The
 * server's metrics are read over a logged-in session instead: every Basic request costs the server a bcrypt
 * check (tens of milliseconds of CPU), which polling during the measurement would add to the figures.
 */
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
    /** Only for the metrics session (its JSESSIONID and XSRF-TOKEN cookies). */
    private final HttpClient session = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(new CookieManager()).connectTimeout(Duration.ofSeconds(10)).build();
    private final URI base;
    private final JsonMapper json;
    private final String user;
    private final String password;
    final String basic;
    private volatile boolean loggedIn;

    LoadHttp(URI base, String user, String password, JsonMapper json) {
        this.base = base;
        this.json = json;
        this.user = user;
        this.password = password;
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
            JsonNode metric = sessionGet(path);
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

    private JsonNode sessionGet(String path) throws IOException, InterruptedException {
        if (!loggedIn) {
            login();
        }
        return send(session, HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30)).GET().build(),
                "GET " + path);
    }

    /** The browser's login: a first request for the CSRF cookie, then the form with the token in its header. */
    private synchronized void login() throws IOException, InterruptedException {
        if (loggedIn) {
            return;
        }
        session.send(HttpRequest.newBuilder(base.resolve("/api/me")).GET().build(), HttpResponse.BodyHandlers.discarding());
        String csrf = ((CookieManager) session.cookieHandler().orElseThrow()).getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals("XSRF-TOKEN")).map(HttpCookie::getValue).findFirst()
                .orElseThrow(() -> new IOException("the server set no XSRF-TOKEN cookie"));
        String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        send(session, HttpRequest.newBuilder(base.resolve("/login")).header("X-XSRF-TOKEN", csrf)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), "POST /login");
        loggedIn = true;
    }

    private JsonNode send(HttpRequest request, String what) throws IOException, InterruptedException {
        return send(http, request, what);
    }

    private JsonNode send(HttpClient client, HttpRequest request, String what) throws IOException, InterruptedException {
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() < 200 || response.statusCode() > 299) {
            throw new HttpFailure(what, response.statusCode(), response.body());
        }
        return response.body().isEmpty() ? json.nullNode() : json.readTree(response.body());
    }
}
