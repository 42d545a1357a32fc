package nl.samenspraak.room;

import nl.samenspraak.ApiClient;
import nl.samenspraak.IntegrationTest;
import nl.samenspraak.Chromium;
import nl.samenspraak.ChromiumExtension;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A live paradox discussion in three real browsers: the facilitator runs it from the console (logged in with
 * a session), Anna joins with the code on her phone, Bert joins with the code and his invitation so that his
 * preparation is offered as his starting point. Both choose paradoxes, the facilitator reveals and the tallies
 * appear on the phones and the shared screen; both take a position on the first paradox, the facilitator
 * reveals with names and the histogram, mean and agreement appear; a phone reloads and finds its answer; the
 * facilitator adds a partner without a device, answers for her, goes on to the end and closes the room.
 * Needs Debian's chromium and chromium-driver; skipped when they are not installed (nothing is downloaded).
 */
@Tag("browser")
@IntegrationTest
class RoomBrowserTest {

    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final String PASSWORD = IntegrationTest.ADMIN_PASSWORD;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final String SMALL_OR_BROAD = "klein-of-breed";
    private static final String START_OR_RESEARCH = "direct-of-onderzoek";
    private static final String SHORT_OR_LONG = "korte-of-lange-termijn";

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();
    private final List<WebDriver> drivers = new ArrayList<>();

    @RegisterExtension
    static final ChromiumExtension chromium = new ChromiumExtension();

    @Test
    void aGroupDiscussesParadoxesLive() throws Exception {
        // The facilitator's collaboration, the room, and Bert's invitation with his preparation (over the API).
        String collaboration = post("/api/collaborations", basic(), Map.of("name", "Langer thuis in de wijk")).get("id").asString();
        JsonNode opened = post("/api/collaborations/" + collaboration + "/rooms", basic(), Map.of("dialogueId", "paradoxen"));
        String roomId = opened.get("id").asString();
        String code = opened.get("joinCode").asString();
        assertThat(opened.get("joinUrl").asString()).isEqualTo(base() + "/join.html#code=" + code);
        String invitation = post("/api/collaborations/" + collaboration + "/invitations", basic(), Map.of(
                "name", "Bert", "organisation", "Woonstichting De Kern", "dialogueId", "paradoxen")).get("token").asString();
        prepareAlone(invitation, List.of(SMALL_OR_BROAD, SHORT_OR_LONG));

        // The facilitator logs in on the login page, which leads on to the console; the shared screen in a second tab.
        WebDriver facilitator = browser(false);
        String consoleAddress = "/room-console.html#room=" + roomId;
        facilitator.get(base() + "/login.html?next=" + URLEncoder.encode(consoleAddress, StandardCharsets.UTF_8));
        find(facilitator, "login-username").sendKeys("admin");
        find(facilitator, "login-password").sendKeys(PASSWORD);
        click(facilitator, "login-button");
        wait(facilitator).withMessage(() -> "logged in and on the console" + describe(facilitator))
                .until(ExpectedConditions.urlToBe(base() + consoleAddress));
        waitConnected(facilitator);
        assertThat(text(facilitator, "console-code")).isEqualTo(code);
        String console = facilitator.getWindowHandle();
        facilitator.switchTo().newWindow(WindowType.TAB);
        facilitator.get(base() + "/screen.html#room=" + roomId);
        waitConnected(facilitator);
        assertThat(text(facilitator, "screen-code")).isEqualTo(code);
        assertThat(text(facilitator, "screen-url")).contains("/join.html");
        wait(facilitator).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "const img = document.querySelector('[data-testid=screen-qr]'); return img.complete && img.naturalWidth > 0;")));
        String screen = facilitator.getWindowHandle();
        facilitator.switchTo().window(console);

        // Anna joins with the code on her phone; Bert with the code and his invitation.
        WebDriver anna = browser(true);
        anna.get(base() + "/join.html#code=" + code.toLowerCase());
        assertThat(find(anna, "join-code").getDomProperty("value")).isEqualTo(code);
        find(anna, "join-name").sendKeys("Anna");
        find(anna, "join-organisation").sendKeys("Gemeente Zwolle");
        find(anna, "join-submit").click();
        wait(anna).until(ExpectedConditions.urlContains("/room.html#room=" + roomId));
        waitConnected(anna);
        assertThat(text(anna, "room-me")).contains("Anna").contains("Gemeente Zwolle");

        WebDriver bert = browser(true);
        bert.get(base() + "/join.html#code=" + code + "&invitation=" + invitation);
        assertThat(find(bert, "join-invited").isDisplayed()).isTrue();
        assertThat(find(bert, "join-name").isDisplayed()).isFalse();
        find(bert, "join-submit").click();
        wait(bert).until(ExpectedConditions.urlContains("/room.html#room=" + roomId));
        waitConnected(bert);
        assertThat(text(bert, "room-me")).contains("Bert").contains("Woonstichting De Kern");

        // The console sees both, connected.
        wait(facilitator).until(d -> d.findElements(By.cssSelector("[data-testid=participants] [data-connected=true]")).size() == 2);

        // The facilitator moves on to the choice of paradoxes; the phones follow.
        String multi = advanceUntil(facilitator, List.of(anna, bert), "multi");
        assertThat(multi).isEqualTo("paradoxes");

        // Bert's preparation is his starting point: marked, prefilled, editable.
        assertThat(find(bert, "preparation-note").getDomProperty("textContent")).contains("Uit je voorbereiding");
        assertThat(text(bert, "preparation-value")).contains("kleine kerngroep");
        assertThat(find(bert, "answer-form").getDomAttribute("data-from-preparation")).isEqualTo("true");
        assertThat(find(bert, "option-" + SMALL_OR_BROAD).isSelected()).isTrue();
        assertThat(find(bert, "option-" + SHORT_OR_LONG).isSelected()).isTrue();
        assertThat(anna.findElements(testId("preparation-note"))).isEmpty();

        click(anna, "option-" + SMALL_OR_BROAD);
        click(anna, "option-" + START_OR_RESEARCH);
        submitAnswer(anna);
        click(bert, "option-" + SHORT_OR_LONG);
        submitAnswer(bert);

        // Everyone sees who answered, nobody sees what; the facilitator sees the answers arrive, with names.
        waitAnswered(anna, 2);
        waitAnswered(facilitator, 2);
        assertThat(anna.findElements(testId("revealed"))).isEmpty();
        assertThat(find(facilitator, "live-answers").getText()).contains("Anna").contains("Bert");

        // Reveal without names: tallies on the phones and the shared screen.
        click(facilitator, "control-reveal");
        for (WebDriver partner : List.of(anna, bert)) {
            wait(partner).until(ExpectedConditions.presenceOfElementLocated(testId("tally-chart")));
            assertThat(find(partner, "tally-" + SMALL_OR_BROAD).getDomAttribute("data-count")).isEqualTo("2");
            assertThat(find(partner, "tally-" + START_OR_RESEARCH).getDomAttribute("data-count")).isEqualTo("1");
            assertThat(find(partner, "revealed").getDomProperty("textContent")).doesNotContain("Anna").doesNotContain("Bert");
        }
        // The console offers the group's choice for 'next': what was chosen, most chosen first.
        wait(facilitator).until(d -> d.findElement(By.cssSelector(
                "[data-testid=console-decision] [data-testid=option-" + START_OR_RESEARCH + "]")).isSelected());
        assertThat(facilitator.findElement(By.cssSelector(
                "[data-testid=console-decision] [data-testid=option-" + SMALL_OR_BROAD + "]")).isSelected()).isTrue();
        assertThat(facilitator.findElement(By.cssSelector(
                "[data-testid=console-decision] [data-testid=option-" + SHORT_OR_LONG + "]")).isSelected()).isFalse();
        facilitator.switchTo().window(screen);
        wait(facilitator).until(ExpectedConditions.presenceOfElementLocated(testId("tally-chart")));
        assertThat(find(facilitator, "tally-" + SMALL_OR_BROAD).getDomAttribute("data-count")).isEqualTo("2");
        facilitator.switchTo().window(console);

        // The group goes on with both paradoxes, the most chosen first: a position on the first.
        String position = advance(facilitator, List.of(anna, bert));
        assertThat(position).isEqualTo("position@" + SMALL_OR_BROAD);
        assertThat(find(anna, "room-step").getDomAttribute("data-step-type")).isEqualTo("scale");
        WebElement annaSlider = find(anna, "scale-input");
        for (int i = 0; i < 3; i++) {
            annaSlider.sendKeys(Keys.ARROW_RIGHT);
        }
        wait(anna).until(d -> "3".equals(find(d, "scale-input").getDomProperty("value")));
        submitAnswer(anna);
        find(bert, "scale-input").sendKeys(Keys.ARROW_LEFT);
        wait(bert).until(d -> "-1".equals(find(d, "scale-input").getDomProperty("value")));
        submitAnswer(bert);
        waitAnswered(facilitator, 2);

        // Bert's phone reloads: the step and his own answer come back.
        bert.navigate().refresh();
        waitConnected(bert);
        wait(bert).until(d -> position.equals(find(d, "room-step").getDomAttribute("data-node-id")));
        wait(bert).until(d -> "true".equals(find(d, "answer-form").getDomAttribute("data-answered")));
        assertThat(find(bert, "scale-input").getDomProperty("value")).isEqualTo("-1");
        assertThat(find(bert, "answer-status").getText()).isNotBlank();

        // Reveal with names: the histogram between the poles, mean, spread and the agreement word.
        click(facilitator, "control-reveal-names");
        for (WebDriver partner : List.of(anna, bert)) {
            wait(partner).until(ExpectedConditions.presenceOfElementLocated(testId("scale-chart")));
            assertThat(text(partner, "scale-mean")).isEqualTo("+1");
            assertThat(text(partner, "scale-n")).isEqualTo("2");
            assertThat(find(partner, "scale-agreement").getDomAttribute("data-agreement")).isEqualTo("divided");
            assertThat(text(partner, "scale-agreement")).isEqualTo("Verdeeld");
            assertThat(text(partner, "chart-pole-left")).isNotBlank();
            assertThat(find(partner, "scale-chart").findElements(By.cssSelector("[data-position='3'][data-count='1']"))).hasSize(1);
            assertThat(find(partner, "scale-chart").findElements(By.cssSelector("[data-position='-1'][data-count='1']"))).hasSize(1);
            assertThat(find(partner, "revealed").getDomProperty("textContent")).contains("Anna").contains("Bert");
        }
        assertThat(text(anna, "room-own-answer")).startsWith("+3");
        facilitator.switchTo().window(screen);
        wait(facilitator).until(ExpectedConditions.presenceOfElementLocated(testId("scale-chart")));
        assertThat(text(facilitator, "scale-mean")).isEqualTo("+1");
        facilitator.switchTo().window(console);

        // A partner without a device joins through the facilitator, who answers for her.
        String valueLeft = advance(facilitator, List.of(anna, bert));
        assertThat(valueLeft).isEqualTo("value-left@" + SMALL_OR_BROAD);
        find(facilitator, "add-name").sendKeys("Carla");
        find(facilitator, "add-organisation").sendKeys("Zorggroep Oost");
        click(facilitator, "add-submit");
        wait(facilitator).until(d -> find(d, "add-status").getText().contains("Carla"));
        wait(anna).until(d -> find(d, "participants").getText().contains("Carla"));
        wait(facilitator).until(d -> find(d, "behalf-participant").getDomProperty("value") != null
                && find(d, "console-behalf").findElements(testId("behalf-answer-form")).size() == 1);
        assertThat(new org.openqa.selenium.support.ui.Select(find(facilitator, "behalf-participant"))
                .getFirstSelectedOption().getText()).startsWith("Carla");
        find(facilitator, "console-behalf").findElement(testId("text-input"))
                .sendKeys("Een kleine groep kan snel beslissen en houdt het overzicht");
        click(facilitator, "behalf-answer-submit");
        wait(facilitator).until(d -> "saved".equals(find(d, "behalf-answer-status").getDomAttribute("data-state")));
        find(anna, "text-input").sendKeys("Met weinig partners kennen we elkaar en kunnen we doorpakken");
        submitAnswer(anna);
        waitAnswered(bert, 2);
        assertThat(find(facilitator, "live-answers").getText()).contains("Carla (Zorggroep Oost)").contains("Anna");

        // On to the end; the phones follow every step; then the facilitator closes the room.
        String end = advanceUntil(facilitator, List.of(anna, bert), "end");
        assertThat(end).isEqualTo("done");
        assertThat(find(anna, "room-wait").isDisplayed()).isTrue();
        click(facilitator, "control-close");
        wait(facilitator).until(ExpectedConditions.alertIsPresent()).accept();
        for (WebDriver partner : List.of(anna, bert)) {
            wait(partner).until(ExpectedConditions.visibilityOfElementLocated(testId("room-closed")));
        }
        wait(facilitator).until(ExpectedConditions.visibilityOfElementLocated(testId("console-closed")));
        assertThat(get("/api/rooms/" + roomId, basic()).get("status").asString()).isEqualTo("closed");

        // A normal session, from the login to the close: no page logged an error, a warning or a refused request.
        drivers.forEach(Chromium::assertQuietConsole);
    }

    /** Bert prepares alone with his invitation up to the choice of paradoxes. */
    private void prepareAlone(String invitation, List<String> paradoxes) throws Exception {
        JsonNode started = post("/api/conversations", null, Map.of("invitation", invitation));
        String id = started.get("id").asString();
        String bearer = "Bearer " + started.get("token").asString();
        JsonNode step = started.get("step");
        for (int i = 0; i < 5 && !"paradoxes".equals(step.get("nodeId").asString()); i++) {
            Map<String, Object> skip = new HashMap<>();
            skip.put("nodeId", step.get("nodeId").asString());
            skip.put("value", null);
            skip.put("visibility", "shared");
            step = post("/api/conversations/" + id + "/answers", bearer, skip).get("step");
        }
        assertThat(step.get("nodeId").asString()).isEqualTo("paradoxes");
        post("/api/conversations/" + id + "/answers", bearer,
                Map.of("nodeId", "paradoxes", "value", paradoxes, "visibility", "shared"));
    }

    /** Presses next until the console shows a step of the type; returns its id. */
    private String advanceUntil(WebDriver facilitator, List<WebDriver> partners, String type) {
        List<String> visited = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String at = find(facilitator, "console-question").getDomAttribute("data-node-id");
            if (type.equals(find(facilitator, "console-question").getDomAttribute("data-step-type"))) {
                return at;
            }
            // A dialogue has no loops: 'next' must never lead back to a step the group already passed.
            assertThat(visited).as("'next' led back to %s; the way so far: %s", at, visited).doesNotContain(at);
            visited.add(at);
            advance(facilitator, partners);
        }
        throw new AssertionError("no " + type + " step within 40 steps: " + visited);
    }

    /** Presses next once and waits until the console and every phone show the same new step. */
    private String advance(WebDriver facilitator, List<WebDriver> partners) {
        String before = find(facilitator, "console-question").getDomAttribute("data-node-id");
        click(facilitator, "control-next");
        wait(facilitator).until(d -> !before.equals(find(d, "console-question").getDomAttribute("data-node-id")));
        String now = find(facilitator, "console-question").getDomAttribute("data-node-id");
        for (WebDriver partner : partners) {
            wait(partner).withMessage(() -> "a phone follows to " + now + describe(partner))
                    .until(d -> now.equals(find(d, "room-step").getDomAttribute("data-node-id")));
        }
        return now;
    }

    private void submitAnswer(WebDriver partner) {
        click(partner, "answer-submit");
        wait(partner).withMessage(() -> "the answer is confirmed" + describe(partner))
                .until(d -> "saved".equals(find(d, "answer-status").getDomAttribute("data-state")));
    }

    private void waitAnswered(WebDriver driver, int answered) {
        wait(driver).until(d -> String.valueOf(answered).equals(find(d, "answered-count").getDomAttribute("data-answered")));
    }

    private void waitConnected(WebDriver driver) {
        wait(driver).withMessage(() -> "connected" + describe(driver))
                .until(d -> "connected".equals(find(d, "connection-state").getDomAttribute("data-state")));
    }

    private WebDriver browser(boolean phone) throws IOException {
        WebDriver driver = chromium.open("1280,800", options -> {
            // a tab in the background (the shared screen) must keep its connection alive
            options.addArguments("--disable-background-timer-throttling", "--disable-renderer-backgrounding");
            if (phone) {
                options.setExperimentalOption("mobileEmulation", Map.of("deviceMetrics",
                        Map.of("width", 390, "height", 844, "pixelRatio", 1.0, "touch", true)));
            }
        }).driver();
        drivers.add(driver);
        return driver;
    }

    private static WebDriverWait wait(WebDriver driver) {
        return Chromium.waitFor(driver, WAIT);
    }

    private static By testId(String id) {
        return By.cssSelector("[data-testid='" + id + "']");
    }

    private static WebElement find(WebDriver driver, String id) {
        return wait(driver).until(ExpectedConditions.presenceOfElementLocated(testId(id)));
    }

    private static String text(WebDriver driver, String id) {
        return find(driver, id).getText().strip();
    }

    private static void click(WebDriver driver, String id) {
        WebElement element = wait(driver).until(ExpectedConditions.elementToBeClickable(testId(id)));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }

    /** What a page shows as wrong, and a screenshot in target/, for a clear failure message. */
    private static String describe(WebDriver driver) {
        StringBuilder problem = new StringBuilder();
        for (String id : List.of("answer-error", "room-problem", "room-general-error", "console-error", "console-problem", "login-error")) {
            driver.findElements(testId(id)).forEach(e -> problem.append("; ").append(id).append(": ")
                    .append(e.getDomProperty("textContent")));
        }
        try {
            Path shot = Path.of("target", "room-browser-test-failure-" + System.nanoTime() + ".png");
            Files.createDirectories(shot.getParent());
            Files.write(shot, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            problem.append("; screenshot: ").append(shot.toAbsolutePath());
        } catch (IOException | RuntimeException e) {
            problem.append("; no screenshot: ").append(e.getMessage());
        }
        return problem.toString();
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private static String basic() {
        return ApiClient.basic("admin", PASSWORD);
    }

    private JsonNode post(String path, String authorization, Object body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        return send(authorization == null ? request : request.header("Authorization", authorization), path);
    }

    private JsonNode get(String path, String authorization) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(base() + path)).header("Authorization", authorization), path);
    }

    private JsonNode send(HttpRequest.Builder request, String path) throws Exception {
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("%s: %s", path, response.body()).isBetween(200, 299);
        return JSON.readTree(response.body());
    }

}
