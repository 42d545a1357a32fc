package nl.samenspraak.summary;

import nl.samenspraak.ApiClient;
import nl.samenspraak.ApiClient.Response;
import nl.samenspraak.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two rounds compared, over HTTP: a collaboration holds two rounds of {@code paradoxen} (the partners move towards
 * one another on "klein of breed" and apart on "direct of onderzoek"; Carla joins in round 2, Dirk leaves) and two
 * of {@code vitaal-samenwerken} (Relatie improves, Ambitie stays). Private answers in either round never show.
 */
@IntegrationTest
class ComparisonApiTest {

    /** Long enough and concrete enough that no probe is asked; a probe asked anyway is answered with the same. */
    static final String PRIVATE_ONE = "Vertrouwelijk: de wethouder Zeppelinhaven wil eigenlijk stoppen met dit project";
    static final String PRIVATE_TWO = "Vertrouwelijk: de directeur Kabouterbrug twijfelt over de financiering volgend jaar";

    @LocalServerPort
    int port;

    private ApiClient api;
    private final String owner = ApiClient.basic("admin", IntegrationTest.ADMIN_PASSWORD);
    private String collaboration;

    @BeforeEach
    void collaboration() {
        api = new ApiClient(port);
        collaboration = created(post("/api/collaborations", Map.of("name", "Vergelijken " + System.nanoTime())));
    }

    @Test
    void twoRoundsOfParadoxesShowWhoMovedTogetherAndApartAndWhoJoined() {
        List<String> chosen = List.of("klein-of-breed", "direct-of-onderzoek");
        paradoxes("Anna", "Gemeente", chosen, -3, 0, Set.of("value-left@klein-of-breed"), PRIVATE_ONE);
        paradoxes("Bram", "Woonstichting", chosen, 3, 1, Set.of(), null);
        paradoxes("Dirk", "Welzijn", chosen, 3, 0, Set.of(), null);
        created(post("/api/collaborations/" + collaboration + "/rounds", Map.of("dialogueId", "paradoxen", "label", "Najaar")));
        paradoxes("anna", "Gemeente ", chosen, -1, -3, Set.of(), null);
        paradoxes("Bram", "Woonstichting", chosen, 1, 3, Set.of("choice-now@direct-of-onderzoek"), PRIVATE_TWO);
        paradoxes("Carla", "Zorggroep", chosen, 0, 3, Set.of(), null);

        Response response = call("GET", path() + "?dialogue=paradoxen", null, null);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode comparison = response.json();
        assertThat(comparison.get("from").get("number").asInt()).as("by default the latest but one").isEqualTo(1);
        assertThat(comparison.get("to").get("number").asInt()).as("and the latest").isEqualTo(2);
        assertThat(comparison.get("to").get("label").asString()).isEqualTo("Najaar");

        JsonNode klein = scale(comparison, "position@klein-of-breed");
        assertThat(klein.get("kind").asString()).isEqualTo("paradox");
        assertThat(klein.get("verdict").asString()).as(klein.toString()).isEqualTo("closer");
        assertThat(klein.get("from").get("spread").asDouble()).isGreaterThan(klein.get("to").get("spread").asDouble());
        assertThat(klein.get("left").asString()).isEqualTo("Klein en slagvaardig");
        Map<String, String> positions = new HashMap<>();
        klein.get("partners").forEach(p -> positions.put(p.get("partner").asString(),
                p.path("from").asString("-") + ">" + p.path("to").asString("-")));
        assertThat(positions).containsEntry("Anna", "-3>-1").containsEntry("Bram", "3>1")
                .containsEntry("Carla", "->0").containsEntry("Dirk", "3>-");
        assertThat(scale(comparison, "position@direct-of-onderzoek").get("verdict").asString()).isEqualTo("apart");

        assertThat(names(comparison.get("partners").get("joined"))).containsExactly("carla");
        assertThat(names(comparison.get("partners").get("left"))).containsExactly("dirk");
        assertThat(names(comparison.get("partners").get("stayed"))).containsExactlyInAnyOrder("anna", "bram");
        assertThat(comparison.get("themes").get("continued")).as("the same words in both rounds").isNotEmpty();
        JsonNode continued = comparison.get("themes").get("continued").get(0);
        assertThat(continued.get("fromQuotes")).isNotEmpty();
        assertThat(continued.get("toQuotes")).isNotEmpty();

        String body = response.body();
        assertThat(call("GET", "/api/collaborations/" + collaboration + "/summary?dialogue=paradoxen&round=1", null, null).body())
                .as("the private answers were given").doesNotContain("Zeppelinhaven");
        assertThat(body).doesNotContain("Zeppelinhaven").doesNotContain("Kabouterbrug");
        assertThat(call("GET", path() + "?dialogue=paradoxen&from=2&to=1", null, null).body())
                .doesNotContain("Zeppelinhaven").doesNotContain("Kabouterbrug");

        // The exports: the latest round's summary with the comparison after it, tables with headers.
        String summary = "/api/collaborations/" + collaboration + "/summary";
        String markdown = call("GET", summary + ".md?dialogue=paradoxen&compare=1", null, null).body();
        assertThat(markdown).contains("## Vergelijking van twee rondes: Ronde 1 → Ronde 2")
                .contains("| Schaal | Ronde 1 | Ronde 2 | Verandering gemiddelde | Verandering spreiding | Lezing |")
                .contains("naar elkaar toe").contains("uit elkaar").contains("| Partner | Ronde 1 | Ronde 2 |")
                .contains("Erbij gekomen").contains("Carla (Zorggroep)")
                .doesNotContain("Zeppelinhaven").doesNotContain("Kabouterbrug");
        assertThat(call("GET", summary + ".md?dialogue=paradoxen", null, null).body()).doesNotContain("Vergelijking");
        Response pdf = call("GET", summary + ".pdf?dialogue=paradoxen&lang=en&compare=1", null, null);
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdfText(pdf.bytes())).contains("Comparison of two rounds").contains("Positions per scale").contains("Joined")
                .doesNotContain("Zeppelinhaven").doesNotContain("Kabouterbrug");
        assertRefused(call("GET", summary + ".md?dialogue=paradoxen&compare=5", null, "en"), "from", "round 5");

        // Refusals name their field, in the client's language.
        assertRefused(call("GET", path() + "?dialogue=paradoxen&from=7", null, "en"), "from", "round 7");
        assertRefused(call("GET", path() + "?dialogue=paradoxen&to=3", null, "nl"), "to", "ronde 3");
        assertRefused(call("GET", path() + "?dialogue=paradoxen&from=2&to=2", null, "en"), "to", "itself");
        assertRefused(call("GET", path() + "?dialogue=brengen-halen", null, "nl"), "dialogue", "minstens twee");
        assertRefused(call("GET", path() + "?dialogue=geen", null, "en"), "dialogue", "unknown dialogue");
    }

    @Test
    void twoRoundsOfTheScanShowTheFactorThatImproved() {
        scan("Anna", "Gemeente", -2, 1);
        scan("Bram", "Woonstichting", -1, 1);
        created(post("/api/collaborations/" + collaboration + "/rounds", Map.of("dialogueId", "vitaal-samenwerken")));
        scan("Anna", "Gemeente", 1, 1);
        scan("Bram", "Woonstichting", 2, 1);

        Response response = call("GET", path() + "?dialogue=vitaal-samenwerken&lang=en", null, null);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode scan = response.json().get("scan");
        Map<String, String> verdicts = new HashMap<>();
        scan.get("factors").forEach(f -> verdicts.put(f.get("id").asString(), f.get("verdict").asString()));
        assertThat(verdicts).containsEntry("relatie", "improved").containsEntry("ambitie", "steady");
        JsonNode relatie = null;
        for (JsonNode f : scan.get("factors")) {
            if (f.get("id").asString().equals("relatie")) {
                relatie = f;
            }
        }
        assertThat(relatie.get("meanChange").asDouble()).isEqualTo(3.0);
        assertThat(scan.get("ingredients")).hasSize(6);
        assertThat(scan.get("ingredients").get(0).get("meanChange").asDouble()).isEqualTo(3.0);
        JsonNode ingredient = scale(response.json(), "openheid-en-vertrouwen@relatie");
        assertThat(ingredient.get("kind").asString()).isEqualTo("ingredient");
        assertThat(ingredient.get("verdict").asString()).isEqualTo("shifted");
        assertThat(ingredient.get("factor").asString()).isEqualTo("Relationship");
        assertThat(response.json().get("partners").get("joined")).isEmpty();
    }

    // ------------------------------------------------------------------ helpers

    private String path() {
        return "/api/collaborations/" + collaboration + "/comparison";
    }

    private void paradoxes(String name, String organisation, List<String> chosen, int first, int second,
                           Set<String> privately, String privateText) {
        walk(invite(name, organisation, "paradoxen"), step -> {
            String node = step.get("nodeId").asString();
            if (node.equals("paradoxes")) {
                return chosen;
            }
            if (node.startsWith("position@")) {
                return node.endsWith(chosen.get(0)) ? first : second;
            }
            return privately.contains(node) ? privateText : null;
        }, privately);
    }

    private void scan(String name, String organisation, int relatie, int ambitie) {
        walk(invite(name, organisation, "vitaal-samenwerken"), step -> {
            String node = step.get("nodeId").asString();
            if (node.equals("factors")) {
                return List.of("relatie", "ambitie");
            }
            if (step.get("type").asString().equals("scale")) {
                return node.endsWith("@relatie") ? relatie : ambitie;
            }
            return null;
        }, Set.of());
    }

    private void walk(String token, Function<JsonNode, Object> given, Set<String> privately) {
        api.walkInvitation(token, given, privately);
    }

    private String invite(String name, String organisation, String dialogue) {
        Response response = post("/api/collaborations/" + collaboration + "/invitations", Map.of("name", name, "organisation", organisation, "dialogueId", dialogue));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().get("token").asString();
    }

    private static String pdfText(byte[] pdf) {
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(document);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static JsonNode scale(JsonNode comparison, String stepId) {
        for (JsonNode s : comparison.get("scales")) {
            if (s.get("stepId").asString().equals(stepId)) {
                return s;
            }
        }
        throw new AssertionError("no scale " + stepId + " in " + comparison.get("scales"));
    }

    private static List<String> names(JsonNode partners) {
        List<String> names = new ArrayList<>();
        partners.forEach(p -> names.add(p.get("partner").asString().strip().toLowerCase(java.util.Locale.ROOT)));
        return names;
    }

    private static void assertRefused(Response response, String field, String message) {
        assertThat(response.status()).as(response.body()).isEqualTo(422);
        assertThat(response.json().get("field").asString()).isEqualTo(field);
        assertThat(response.json().get("message").asString()).contains(message);
    }

    private static String created(Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().get("id").asString();
    }

    private Response post(String path, Object body) {
        return call("POST", path, body, null);
    }

    /** A request as the collaboration's facilitator, in {@code language} when given. */
    private Response call(String method, String path, Object body, String language) {
        Map<String, String> headers = new HashMap<>();
        headers.put("Authorization", owner);
        if (language != null) {
            headers.put("Accept-Language", language);
        }
        return api.call(method, path, headers, body);
    }
}
