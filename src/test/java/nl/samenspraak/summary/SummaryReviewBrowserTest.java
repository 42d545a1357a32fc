package nl.samenspraak.summary;

import nl.samenspraak.ApiClient;
import nl.samenspraak.IntegrationTest;
import nl.samenspraak.Chromium;
import nl.samenspraak.ChromiumExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The facilitator's summary review in a real browser. Three partners invited to brengen-halen, paradoxen
 * and the visievierluik complete their preparations over the HTTP API with shared answers; the facilitator
 * opens each summary from the console: first, before anyone answered, a clear empty state; then a shared
 * theme whose quotes appear when it is expanded, the bring/seek matrix with the matches behind a cell, the
 * paradox charts with their figures, and the ambition draft whose sentences open to their answers. The
 * facilitator marks a theme agreed and edits the ambition (an over-long one is refused with the server's
 * own message), saves, reloads, and finds both kept, also in the Markdown export.
 *
 * <p>Needs Debian's chromium and chromium-driver; skipped when they are not installed.
 */
@Tag("browser")
@IntegrationTest
class SummaryReviewBrowserTest {

    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final String ADMIN_PASSWORD = IntegrationTest.ADMIN_PASSWORD;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final String[][] PARTNERS = {
            {"Anna de Vries", "Gemeente Zwolle"}, {"Bert Smit", "Woonstichting De Kern"}, {"Carla Jansen", "Zorggroep Oost"}};

    private static final List<String> SHARED_INTEREST = List.of(
            "Dat ouderen in Zuid langer thuis kunnen wonen met goede zorg dichtbij en buren die naar elkaar omkijken",
            "Ouderen moeten langer thuis kunnen wonen in een passende en betaalbare woning in hun eigen buurt",
            "Goede zorg dichtbij huis zodat ouderen langer thuis kunnen blijven wonen zonder eenzaam te worden");
    private static final String NEED_ANNA = "Een ruimte voor ontmoeting in de wijk";
    private static final String OFFER_BERT = "Een leegstaande ruimte voor ontmoeting in de flat";
    private static final String NEED_CARLA = "Huisvesting voor eigen personeel";
    private static final List<String> PROMISES = List.of(
            "Samen zorgen we ervoor dat ouderen in Zuid prettig oud kunnen worden in hun eigen vertrouwde wijk met hulp dichtbij",
            "Ouderen worden prettig oud in een passende woning in hun eigen wijk omdat wij als partners samen optrekken",
            "Wij zorgen er samen voor dat ouderen in hun eigen wijk prettig oud kunnen worden met goede zorg dichtbij huis");
    private static final String COMMITMENT_ANNA =
            "Wij financieren twee wijkcoaches die de komende drie jaar ouderen thuis bezoeken en met hen meedenken";
    private static final String EDITED_AMBITION = "Onze gedeelde ambitie: ouderen in Zuid worden prettig oud in hun eigen "
            + "wijk. Vastgesteld in de bijeenkomst van maart.";

    /** The answers that matter for the assertions, per step and partner (in the order of PARTNERS). */
    private static final Map<String, List<Object>> ANSWERS = Map.ofEntries(
            Map.entry("interest-shared", List.copyOf(SHARED_INTEREST)),
            Map.entry("bring", List.of(List.of("Subsidie voor ontmoetingsruimtes", "Wijkcoaches die ouderen thuis bezoeken"),
                    List.of(OFFER_BERT, "Kennis van de huurders"), List.of("Wijkverpleging en zorgkennis"))),
            Map.entry("take", List.of(List.of(NEED_ANNA), List.of("Zorgkennis bij problemen achter de voordeur"),
                    List.of(NEED_CARLA))),
            Map.entry("tensions", List.of(List.of("Er is geen geld voor de ontmoetingsruimte na dit jaar"),
                    List.of("Niemand is eigenaar van de aanpak"), List.of("De gemeente en de corporatie praten langs elkaar heen"))),
            Map.entry("balance", List.of("balanced", "roughly", "unbalanced")),
            Map.entry("paradoxes", List.of(List.of("klein-of-breed", "korte-of-lange-termijn"),
                    List.of("klein-of-breed", "korte-of-lange-termijn"), List.of("klein-of-breed", "korte-of-lange-termijn"))),
            Map.entry("position@klein-of-breed", List.of(-2, -2, -1)),
            Map.entry("position@korte-of-lange-termijn", List.of(3, -3, 0)),
            Map.entry("promise", List.copyOf(PROMISES)),
            Map.entry("commitment", List.of(COMMITMENT_ANNA,
                    "Wij stellen de leegstaande ruimte in de flat beschikbaar als ontmoetingsplek voor de hele buurt",
                    "Wij zetten een wijkverpleegkundige in die elke week spreekuur houdt in de nieuwe ontmoetingsruimte")),
            Map.entry("goals", List.of(List.of("Een ontmoetingsplek in elke wijk"),
                    List.of("Een ontmoetingsplek in iedere wijk", "Tien seniorenwoningen erbij"),
                    List.of("Een vast aanspreekpunt voor mantelzorgers"))));

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();
    @RegisterExtension
    static final ChromiumExtension chromium = new ChromiumExtension();

    private Chromium.Browser browser;
    private WebDriver driver;
    private WebDriverWait wait;

    @BeforeEach
    void startBrowser() throws IOException {
        browser = chromium.open("1280,900");
        driver = browser.driver();
        wait = Chromium.waitFor(driver, WAIT);
    }

    @Test
    void facilitatorReviewsTheSummaryAndFindsTheEditsKept() throws Exception {
        String collaboration = api("POST", "/api/collaborations", Map.of("name", "Langer thuis in Zuid")).get("id").asString();
        Map<String, List<String>> invitations = new LinkedHashMap<>();
        for (String dialogue : List.of("brengen-halen", "paradoxen", "visievierluik")) {
            List<String> tokens = new ArrayList<>();
            for (String[] partner : PARTNERS) {
                tokens.add(api("POST", "/api/collaborations/" + collaboration + "/invitations",
                        Map.of("name", partner[0], "organisation", partner[1], "dialogueId", dialogue)).get("token").asString());
            }
            invitations.put(dialogue, tokens);
        }

        // From the console, after logging in, to the summary of brengen-halen: nobody has answered yet.
        driver.get(base() + "/facilitator.html?collaboration=" + collaboration);
        wait.until(ExpectedConditions.urlContains("/login.html?next="));
        find("login-username").sendKeys("admin");
        find("login-password").sendKeys(ADMIN_PASSWORD);
        find("login-button").click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(testId("summaries-section")));
        WebElement link = find("summary-link-brengen-halen");
        assertThat(link.getDomAttribute("href"))
                .isEqualTo("/review.html?collaboration=" + collaboration + "&dialogue=brengen-halen");
        assertThat(find("summary-brengen-halen").getText()).contains("3 partners uitgenodigd");
        click(link);
        wait.until(d -> find("review-title").getText().equals("Samenvatting: Langer thuis in Zuid"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(testId("review-empty")));
        assertThat(find("review-empty").getText()).contains("Nog geen gedeelde antwoorden");
        assertThat(find("review-figures").getText()).isEqualTo("0 partners · 0 gedeelde antwoorden");
        assertThat(find("review-form").isDisplayed()).isFalse();

        // The partners prepare, sharing their answers; the page shows them after a reload.
        invitations.forEach((dialogue, tokens) -> {
            for (int partner = 0; partner < tokens.size(); partner++) {
                prepare(dialogue, tokens.get(partner), partner);
            }
        });
        driver.navigate().refresh();
        wait.until(ExpectedConditions.visibilityOfElementLocated(testId("review-form")));
        assertThat(find("review-figures").getText()).startsWith("3 partners · ");
        assertThat(find("review-empty").isDisplayed()).isFalse();

        // A shared theme names its partners; its quotes show when it is expanded.
        WebElement interest = find("question-interest-shared");
        WebElement theme = interest.findElement(By.cssSelector("[data-testid='shared-themes'] [data-testid='theme']"));
        assertThat(theme.findElement(testId("theme-partners")).getText())
                .contains("Anna de Vries (Gemeente Zwolle)", "Bert Smit (Woonstichting De Kern)", "Carla Jansen (Zorggroep Oost)");
        assertThat(theme.findElement(testId("theme-count")).getText()).isEqualTo("3 partners");
        assertThat(interest.findElement(testId("agreement")).getText()).contains("100%").contains("3 van de 3 partners");
        WebElement quotes = theme.findElement(testId("theme-quotes"));
        assertThat(quotes.getText()).doesNotContain(SHARED_INTEREST.get(0));
        click(quotes.findElement(By.tagName("summary")));
        wait.until(d -> quotes.getText().contains(SHARED_INTEREST.get(0)));
        assertThat(quotes.getText()).contains(SHARED_INTEREST.get(1), SHARED_INTEREST.get(2), "Gemeente Zwolle", "Zorggroep Oost");
        String themeKey = theme.getDomAttribute("data-theme-key");

        // The bring/seek matrix: what Anna seeks, Bert brings; a cell shows its matches on hover and click.
        assertThat(cell("Anna de Vries", "Bert Smit").getDomAttribute("data-count")).isEqualTo("1");
        assertThat(cell("Carla Jansen", "Anna de Vries").getDomAttribute("data-count")).isEqualTo("0");
        WebElement match = cell("Anna de Vries", "Bert Smit").findElement(testId("matrix-button"));
        assertThat(match.getDomAttribute("title")).contains(NEED_ANNA).contains(OFFER_BERT);
        click(match);
        wait.until(d -> find("matrix-detail").getText().contains(OFFER_BERT));
        assertThat(find("matrix-detail").getText()).contains("Anna de Vries (Gemeente Zwolle) zoekt: " + NEED_ANNA);
        assertThat(find("unmet-needs").getText()).contains(NEED_CARLA).contains("Carla Jansen (Zorggroep Oost)");
        assertThat(find("issues-relatie").getText()).contains("De gemeente en de corporatie praten langs elkaar heen");

        // The theme is marked agreed and saved.
        click(theme.findElement(testId("theme-agreed")));
        wait.until(ExpectedConditions.visibilityOfElementLocated(testId("review-dirty")));
        click(find("review-save"));
        wait.until(d -> find("review-save-status").getText().startsWith("Opgeslagen om"));
        assertThat(find("review-dirty").isDisplayed()).isFalse();

        // Paradoxes: a chart per paradox with its figures, in words and as a table.
        new Select(find("review-dialogue")).selectByValue("paradoxen");
        WebElement small = wait.until(ExpectedConditions.visibilityOfElementLocated(testId("paradox-klein-of-breed")));
        assertThat(driver.getCurrentUrl()).contains("dialogue=paradoxen");
        assertThat(small.findElement(By.cssSelector("svg[data-testid='scale-chart'] title")).getDomProperty("textContent"))
                .contains("Gemiddeld -1,7").contains("Klein en slagvaardig");
        assertThat(small.findElement(testId("scale-mean")).getText()).isEqualTo("-1,7");
        assertThat(small.findElement(testId("scale-agreement")).getText()).isEqualTo("Neigt naar één kant");
        assertThat(find("paradox-korte-of-lange-termijn").findElement(testId("scale-agreement")).getText()).isEqualTo("Verdeeld");
        click(small.findElement(By.cssSelector("figure details summary")));
        assertThat(small.findElement(testId("scale-table")).getText()).contains("-2 2").contains("-1 1").contains("+3 0");

        // The visievierluik: every sentence of the draft opens to the answers behind it.
        new Select(find("review-dialogue")).selectByValue("visievierluik");
        WebElement promise = wait.until(ExpectedConditions.visibilityOfElementLocated(testId("sentences-promise")));
        click(promise.findElement(By.tagName("summary")));
        wait.until(d -> promise.findElement(testId("sentence-sources")).getText().contains(PROMISES.get(0)));
        assertThat(promise.findElement(testId("sentence-sources")).getText())
                .contains(PROMISES.get(1), PROMISES.get(2), "Bert Smit", "Woonstichting De Kern");
        assertThat(find("sentences-commitments").getText()).contains(COMMITMENT_ANNA);
        WebElement ambition = find("ambition-text");
        assertThat(ambition.getDomProperty("value")).startsWith("Onze belofte: ").contains(COMMITMENT_ANNA);

        // Too long an ambition: the server's own reason is shown.
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = 'x'.repeat(10001);"
                + "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));", ambition);
        click(find("review-save"));
        wait.until(d -> !find("review-save-error").getText().isBlank());
        assertThat(find("review-save-error").getText())
                .isEqualTo("Opslaan lukte niet: ambition has 10001 characters; at most 10000 are allowed");

        ambition.clear();
        ambition.sendKeys(EDITED_AMBITION);
        click(find("review-save"));
        wait.until(d -> find("review-save-status").getText().startsWith("Opgeslagen om"));
        assertThat(find("review-save-error").getText()).isEmpty();
        assertThat(find("ambition-edited").getText()).contains("admin");

        // Reloading keeps the edits, and the Markdown export has them too.
        driver.navigate().refresh();
        wait.until(d -> EDITED_AMBITION.equals(find("ambition-text").getDomProperty("value")));
        assertThat(fetch(find("export-md").getDomAttribute("href"))).contains(EDITED_AMBITION);
        assertThat(find("export-pdf").getDomAttribute("href")).contains("/summary.pdf?dialogue=visievierluik");
        assertThat(find("export-csv").getDomAttribute("href")).isEqualTo("/api/collaborations/" + collaboration + "/answers.csv?lang=nl");
        new Select(find("review-dialogue")).selectByValue("brengen-halen");
        WebElement agreed = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("[data-theme-key='" + themeKey + "'] [data-testid='theme-agreed']")));
        assertThat(agreed.isSelected()).as("the theme saved as agreed").isTrue();
        assertThat(fetch(find("export-md").getDomAttribute("href"))).contains("✓");
        // Only the failures provoked above: the console before the login (401), the over-long ambition (422).
        Chromium.assertQuietConsole(driver, "status of 401", "status of 422");
    }

    /**
     * The scan: three partners see Belangen as weak, one keeps a position private. The heat map shows the shared
     * positions and leaves the private one empty; the recommendation for Belangen names brengen-halen with its
     * reasons, and opens a room for it in one step.
     */
    @Test
    void theScanShowsItsHeatMapAndOpensARoomForTheRecommendedConversation() throws Exception {
        String collaboration = api("POST", "/api/collaborations", Map.of("name", "Scan in Zuid")).get("id").asString();
        Map<String, Object> scan = new LinkedHashMap<>();
        scan.put("factors", List.of("belangen"));
        for (int partner = 0; partner < PARTNERS.length; partner++) {
            String token = api("POST", "/api/collaborations/" + collaboration + "/invitations",
                    Map.of("name", PARTNERS[partner][0], "organisation", PARTNERS[partner][1], "dialogueId", "vitaal-samenwerken"))
                    .get("token").asString();
            scan.put("duidelijkheid-over-belangen@belangen", List.of(-2, -1, -2).get(partner));
            scan.put("gezamenlijk-belang@belangen", List.of(-1, -2, -2).get(partner));
            scan.put("check-discussed@belangen", List.of("no", "partly", "no").get(partner));
            prepare(token, scan, partner == 0 ? "gezamenlijk-belang@belangen" : null);
        }
        driver.get(base() + "/review.html?collaboration=" + collaboration + "&dialogue=vitaal-samenwerken");
        wait.until(ExpectedConditions.urlContains("/login.html?next="));
        find("login-username").sendKeys("admin");
        find("login-password").sendKeys(ADMIN_PASSWORD);
        find("login-button").click();
        WebElement map = wait.until(ExpectedConditions.visibilityOfElementLocated(testId("heat-map")));
        List<WebElement> annaCells = map.findElements(By.cssSelector("tbody tr:first-child td"));
        assertThat(annaCells).extracting(WebElement::getText).as("Anna's private position stays empty").containsExactly("-2", "");
        assertThat(annaCells.get(1).getDomAttribute("aria-label")).isEqualTo("Anna de Vries · Gemeente Zwolle, Een gezamenlijk belang: geen antwoord");
        assertThat(map.getText()).contains("Belangen", "Duidelijkheid over belangen");
        assertThat(find("scan-factor-belangen").getDomAttribute("data-weak")).isEqualTo("true");
        WebElement recommendation = find("scan-recommendation-belangen-weak");
        assertThat(recommendation.findElement(testId("scan-reasons")).getText())
                .contains("Duidelijkheid over belangen: gemiddelde -1,7").contains("Nee, nog niet: 2").contains("Een gezamenlijk belang: gemiddelde -2, spreiding 0 (n=2)");
        click(recommendation.findElement(testId("scan-room-brengen-halen")));
        wait.until(d -> recommendation.getText().contains("De ruimte is open"));
        assertThat(api("GET", "/api/collaborations/" + collaboration + "/rooms", null).toString()).contains("brengen-halen");
        assertThat(fetch("/api/collaborations/" + collaboration + "/summary.md?dialogue=vitaal-samenwerken&lang=nl"))
                .contains("Heatmap partners").contains("Brengen");
        Chromium.assertQuietConsole(driver, "status of 401");
    }

    /** Walks one partner's scan to its end, sharing every answer but the one step kept private. */
    private void prepare(String invitation, Map<String, Object> planned, String privateStep) {
        JsonNode started = api("POST", "/api/conversations", Map.of("invitation", invitation, "language", "nl"));
        String path = "/api/conversations/" + started.get("id").asString() + "/answers";
        String bearer = "Bearer " + started.get("token").asString();
        JsonNode step = started.get("step");
        for (int count = 0; !"end".equals(step.get("type").asString()); count++) {
            assertThat(count).as("steps of the scan").isLessThan(100);
            String id = step.get("nodeId").asString();
            String type = step.get("type").asString();
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("nodeId", id);
            body.put("value", planned.containsKey(id) ? planned.get(id) : valueFor(step, 0));
            if (!type.equals("say") && !type.equals("recap")) {
                body.put("visibility", id.equals(privateStep) ? "private" : "shared");
            }
            step = call("POST", path, bearer, body).get("step");
        }
    }

    /** Walks one partner's preparation to its end, sharing every answer. */
    private void prepare(String dialogue, String invitation, int partner) {
        JsonNode started = api("POST", "/api/conversations", Map.of("invitation", invitation, "language", "nl"));
        String path = "/api/conversations/" + started.get("id").asString() + "/answers";
        String bearer = "Bearer " + started.get("token").asString();
        JsonNode step = started.get("step");
        for (int count = 0; !"end".equals(step.get("type").asString()); count++) {
            assertThat(count).as("steps of " + dialogue).isLessThan(100);
            String type = step.get("type").asString();
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("nodeId", step.get("nodeId").asString());
            body.put("value", valueFor(step, partner));
            if (!type.equals("say") && !type.equals("recap")) {
                body.put("visibility", "shared");
            }
            step = call("POST", path, bearer, body).get("step");
        }
    }

    /** The planned answer where the assertions need one, otherwise a plain one the step accepts. */
    private static Object valueFor(JsonNode step, int partner) {
        List<Object> planned = ANSWERS.get(step.get("nodeId").asString());
        if (planned != null) {
            return planned.get(partner);
        }
        return switch (step.get("type").asString()) {
            case "text" -> "De gemeente zet twee wijkcoaches in en de corporatie stelt elke dinsdag een ruimte in de flat "
                    + "aan de Dorpsstraat open";
            case "list" -> List.of("Een eerste punt van " + PARTNERS[partner][0]);
            case "choice" -> step.get("options").get(0).get("id").asString();
            case "multi" -> List.of(step.get("options").get(0).get("id").asString());
            case "scale" -> 0;
            case "rank" -> {
                List<String> order = new ArrayList<>();
                step.get("options").forEach(option -> order.add(option.get("id").asString()));
                yield order;
            }
            case "recap" -> Map.of();
            default -> null;
        };
    }

    private JsonNode api(String method, String path, Object body) {
        String basic = ApiClient.basic("admin", ADMIN_PASSWORD);
        return call(method, path, path.startsWith("/api/conversations") ? null : basic, body);
    }

    private JsonNode call(String method, String path, String authorization, Object body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + path))
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as("%s %s: %s", method, path, response.body()).isBetween(200, 299);
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError(method + " " + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(method + " " + path, e);
        }
    }

    /** A download link's body, fetched in the page with the facilitator's session. */
    private String fetch(String href) {
        return String.valueOf(((JavascriptExecutor) driver).executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "fetch(arguments[0]).then((r) => r.text()).then(done, (e) => done('failed: ' + e));", href));
    }

    private WebElement cell(String seeker, String provider) {
        return find("match-matrix").findElement(By.cssSelector("[data-testid='matrix-cell'][data-seeker='" + seeker
                + "'][data-provider='" + provider + "']"));
    }

    /** Clicks in the middle of the window, clear of the save bar that stays at its bottom edge. */
    private void click(WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        wait.until(ExpectedConditions.elementToBeClickable(element)).click();
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private static By testId(String id) {
        return By.cssSelector("[data-testid='" + id + "']");
    }

    private WebElement find(String id) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(testId(id)));
    }
}
