package nl.samenspraak.language;

import nl.samenspraak.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code POST /api/language/analyse} over real HTTP, without logging in. */
@IntegrationTest
class LanguageApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Test
    void analysesAText() throws Exception {
        HttpResponse<String> response = post(body("Er zijn te weinig vrijwilligers om alle ouderen te bezoeken. "
                + "Het probleem is dat mevr. Jansen o.a. de bezoeken alleen doet.", "en"));

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode json = JSON.readTree(response.body());
        assertThat(json.get("language").asString()).isEqualTo("nl");
        assertThat(json.get("sentences")).hasSize(2);
        assertThat(json.get("keyphrases").isArray()).isTrue();
        assertThat(json.get("keyphrases").get(0).asString()).isNotBlank();
        assertThat(json.get("factor").get("label").asString()).isNotBlank();
        assertThat(json.get("factor").get("confidence").asDouble()).isBetween(0.0, 1.0);
        assertThat(json.get("framing").get("label").asString()).isEqualTo("problem");
        assertThat(json.get("framing").get("confidence").asDouble()).isBetween(0.5, 1.0);
    }

    @Test
    void aShortTextGoesByItsDictionariesAndElseKeepsTheGivenLanguage() throws Exception {
        assertThat(JSON.readTree(post(body("Meer tijd.", "en")).body()).get("language").asString()).isEqualTo("nl");
        HttpResponse<String> response = post(body("Zwolle!", "en"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(response.body()).get("language").asString()).isEqualTo("en");
    }

    @Test
    void aVagueAnswerComesWithItsTraitAndEvidence() throws Exception {
        JsonNode analysis = JSON.readTree(post(body("We voelen meer vertrouwen, we voelen meer verbinding.", "nl")).body());

        assertThat(analysis.get("traits")).anySatisfy(trait -> {
            assertThat(trait.get("trait").asString()).isEqualTo("vague");
            assertThat(trait.get("evidence").toString()).contains("vertrouwen").contains("verbinding");
        });
    }

    @Test
    void refusesBlankTooLongOrMissingText() throws Exception {
        assertInvalid(post(body("   ", "nl")), "text");
        assertInvalid(post(body(null, "nl")), "text");
        assertInvalid(post(body("a".repeat(LanguageController.MAX_LENGTH + 1), "nl")), "text");
        assertThat(post(body("a".repeat(LanguageController.MAX_LENGTH), "nl")).statusCode()).isEqualTo(200);
    }

    @Test
    void refusesLanguagesOtherThanDutchAndEnglish() throws Exception {
        assertInvalid(post(body("Nous voulons plus de bénévoles dans le quartier.", "fr")), "language");
        assertInvalid(post(body("Meer vrijwilligers.", null)), "language");
    }

    @Test
    void refusesMalformedJsonAndUnknownFields() throws Exception {
        HttpResponse<String> malformed = post("{\"text\": ");
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(malformed.body()).get("error").asString()).isEqualTo("bad_request");

        HttpResponse<String> unknown = post("{\"text\": \"Meer vrijwilligers.\", \"language\": \"nl\", \"mood\": \"good\"}");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(unknown.body()).get("field").asString()).isEqualTo("mood");
    }

    private static void assertInvalid(HttpResponse<String> response, String field) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
        JsonNode json = JSON.readTree(response.body());
        assertThat(json.get("error").asString()).isEqualTo("invalid");
        assertThat(json.get("field").asString()).isEqualTo(field);
        assertThat(json.get("message").asString()).isNotBlank();
    }

    private static String body(String text, String language) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("text", text);
        body.put("language", language);
        return JSON.writeValueAsString(body);
    }

    private HttpResponse<String> post(String json) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/language/analyse"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
