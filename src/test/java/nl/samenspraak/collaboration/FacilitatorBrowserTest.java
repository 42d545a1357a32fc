package nl.samenspraak.collaboration;

import nl.samenspraak.IntegrationTest;
import nl.samenspraak.Chromium;
import nl.samenspraak.ChromiumExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A facilitator in a real browser: logs in, creates a collaboration, invites three partners and copies
 * their links; two partners open their link and answer the first steps of brengen-halen (one answer
 * private, with a marker); the console then shows who has prepared how far and the shared answers, and
 * never the private one (not on the page, not in its source, not in the export). A partner's name and
 * answer with HTML in them stay text everywhere. Also: a new link replaces the old one, a withdrawn
 * invitation tells the partner so, rooms link to their console and screen, facilitators can be added,
 * and the login page says how long to wait after too many failed attempts.
 *
 * <p>Needs Debian's chromium and chromium-driver; skipped when they are not installed. With
 * {@code -Dsamenspraak.screenshots=<dir>} it saves full-page screenshots of the console there.
 */
@Tag("browser")
@IntegrationTest
class FacilitatorBrowserTest {

    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final String FACILITATOR_PASSWORD = "facilitator-test-password-1";

    private static final String MARKER = "GEHEIM-7431";
    private static final String IMG = "<img src=x onerror=\"window.__xss=1\">";
    private static final String SCRIPT = "<script>window.__xss=1</script>";

    private static final String SHARED_VIEW_A = "Voor mij gaat het erom dat ouderen in Zuid prettig kunnen blijven wonen, "
            + "ook als ze meer hulp nodig krijgen van de wijkverpleging";
    private static final String ORGANISATION_A = "De gemeente wil dat minder ouderen te lang wachten op een passende "
            + "woning en dat de zorg in de wijk betaalbaar blijft";
    private static final String PERSONAL_A = "Ik wil eerlijk gezegd vooral laten zien dat mijn afdeling dit kan " + MARKER;
    private static final String SHARED_VIEW_B = "Wij willen goede zorg dichtbij huis " + SCRIPT + " en " + IMG
            + " voor alle ouderen in de wijk, samen met de corporatie en de gemeente";

    @LocalServerPort
    int port;

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
    void facilitatorInvitesPartnersAndSeesWhoPreparedAndOnlyTheirSharedAnswers() throws Exception {
        // Without a login the console sends the facilitator to the login page, and back afterwards.
        // A facilitator of its own, whose console starts empty: the database is shared with the other tests.
        String username = newFacilitator();
        driver.get(base() + "/facilitator.html");
        wait.until(ExpectedConditions.urlContains("/login.html?next="));
        find("login-username").sendKeys(username);
        find("login-password").sendKeys("not-the-password");
        find("login-button").click();
        wait.until(d -> !find("login-error").getText().isBlank());
        assertThat(find("login-error").getText()).contains("klopt niet");
        screenshot("login");
        find("login-password").sendKeys(FACILITATOR_PASSWORD);
        find("login-button").click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(testId("overview-view")));
        assertThat(driver.getCurrentUrl()).isEqualTo(base() + "/facilitator.html");
        wait.until(d -> find("who").getText().contains(username));
        assertThat(find("collaborations-empty").isDisplayed()).isTrue();

        // A new collaboration opens its page.
        find("create-name").sendKeys("Langer thuis in Zuid");
        find("create-description").sendKeys("Gemeente, corporatie, zorg en welzijn werken samen aan wonen en zorg.");
        find("create-submit").click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(testId("detail-view")));
        wait.until(d -> "Langer thuis in Zuid".equals(find("detail-title").getText()));
        String detailUrl = driver.getCurrentUrl();
        assertThat(detailUrl).contains("/facilitator.html?collaboration=");

        // Three partners; each link is shown once, with a copy button.
        String linkAnna = invite("Anna de Vries", "Gemeente Zwolle", "beleidsadviseur wonen");
        String linkXss = invite(IMG, "Thuiszorg Oost", "wijkverpleegkundige");
        String linkCarla = invite("Carla Jansen", "Welzijn Zuid", "opbouwwerker");
        assertThat(linkAnna).startsWith(base() + "/chat.html#invitation=");
        assertThat(find("link-title").getText()).contains("Carla Jansen");
        find("link-copy").click();
        wait.until(d -> !find("link-status").getText().isBlank());
        screenshot("link");
        assertThat(partnerNames()).containsExactly("Anna de Vries", IMG, "Carla Jansen");
        assertThat(states()).containsExactly("not-opened", "not-opened", "not-opened");
        assertNoXss();

        // Anna prepares: two shared answers and a private one with the marker.
        driver.get(linkAnna);
        waitForStep("welcome");
        assertThat(find("step-prompt").getText()).contains("Anna de Vries");
        assertThat(driver.getCurrentUrl()).contains("/chat.html#id=").doesNotContain("invitation=");
        submit();
        waitForStep("shared-view");
        answerText(SHARED_VIEW_A);
        waitForStep("interests-intro");
        submit();
        waitForStep("interest-organisation");
        answerText(ORGANISATION_A);
        waitForStep("interest-personal");
        assertThat(find("visibility-private").isSelected()).as("the personal interest is private by default").isTrue();
        answerText(PERSONAL_A);
        waitForStep("interest-shared");

        // The partner whose name is HTML sees it as text, and so is the HTML in their answer.
        driver.get(linkXss);
        waitForStep("welcome");
        assertThat(find("step-prompt").getText()).contains(IMG);
        submit();
        waitForStep("shared-view");
        answerText(SHARED_VIEW_B);
        waitForStep("interests-intro");
        assertThat(find("chat-log").getText()).contains(SCRIPT).contains(IMG);
        assertNoXss();
        screenshot("chat-xss");

        // Opening the link again resumes the same conversation.
        driver.get(linkAnna);
        waitForStep("interest-shared");

        // The console: who prepared how far, and only the shared answers.
        driver.get(detailUrl);
        wait.until(ExpectedConditions.visibilityOfElementLocated(testId("detail-view")));
        wait.until(d -> states().equals(List.of("in-progress", "in-progress", "not-opened")));
        String annaId = invitationIdOf("Anna de Vries");
        String xssId = invitationIdOf(IMG);
        String carlaId = invitationIdOf("Carla Jansen");
        assertThat(find("state-" + annaId).getText()).matches("Bezig: stap \\d+ van \\d+");
        assertThat(find("state-" + carlaId).getText()).isEqualTo("Nog niet geopend");
        assertThat(find("partners-summary").getText()).contains("0 van de 3 partners zijn klaar").contains("2 zijn ermee bezig");
        assertThat(find("privacy-note").getText()).contains("Privé antwoorden").contains("nooit");

        find("answers-toggle-" + annaId).click();
        WebElement annaAnswers = find("answers-" + annaId);
        wait.until(d -> annaAnswers.getText().contains(SHARED_VIEW_A));
        assertThat(annaAnswers.getText()).contains(ORGANISATION_A).contains("2 gedeelde antwoorden");
        find("answers-toggle-" + xssId).click();
        wait.until(d -> find("answers-" + xssId).getText().contains(SCRIPT));
        assertThat(find("answers-" + xssId).getText()).contains(IMG);
        assertThat(driver.findElements(testId("answers-" + carlaId))).as("Carla has not started").isEmpty();
        assertNoMarker();
        assertNoXss();
        screenshot("collaboration");

        // In English too, with the answers still open.
        find("lang-en").click();
        wait.until(d -> "Not opened yet".equals(find("state-" + carlaId).getText()));
        assertThat(find("answers-" + annaId).getText()).contains("2 shared answers").contains(SHARED_VIEW_A);
        assertThat(find("privacy-note").getText()).contains("Private answers");
        screenshot("collaboration-en");
        find("lang-nl").click();
        wait.until(d -> "Nog niet geopend".equals(find("state-" + carlaId).getText()));

        // The export holds the shared answers, never the private one.
        find("export-button").click();
        Path export = wait.until(d -> browser.downloaded(".json"));
        String exported = Files.readString(export, StandardCharsets.UTF_8);
        assertThat(exported).contains("Anna de Vries").contains("ouderen in Zuid prettig").doesNotContain(MARKER);

        // A new link for Anna: the old one stops working, the new one resumes her conversation.
        find("new-link-" + annaId).click();
        wait.until(d -> find("link-title").isDisplayed() && find("link-title").getText().contains("Anna de Vries"));
        String newLinkAnna = find("link-url").getDomProperty("value");
        assertThat(newLinkAnna).startsWith(base() + "/chat.html#invitation=").isNotEqualTo(linkAnna);

        // Carla's invitation is withdrawn, after a confirmation.
        find("revoke-" + carlaId).click();
        assertThat(find("revoke-question-" + carlaId).getText()).contains("Carla Jansen");
        find("revoke-confirm-" + carlaId).click();
        wait.until(d -> states().equals(List.of("in-progress", "in-progress", "revoked")));
        assertThat(find("state-" + carlaId).getText()).isEqualTo("Ingetrokken");

        driver.get(linkAnna);
        wait.until(ExpectedConditions.visibilityOfElementLocated(testId("chat-problem")));
        assertThat(find("chat-problem").getText()).contains("werkt niet");
        driver.get(newLinkAnna);
        waitForStep("interest-shared");
        driver.get(linkCarla);
        wait.until(ExpectedConditions.visibilityOfElementLocated(testId("chat-problem")));
        assertThat(find("chat-problem").getText()).contains("ingetrokken").contains("procesbegeleider");

        // A room for a group session links to its console and its shared screen.
        driver.get(detailUrl);
        wait.until(ExpectedConditions.visibilityOfElementLocated(testId("room-form")));
        new Select(find("room-dialogue")).selectByValue("brengen-halen");
        find("room-submit").click();
        WebElement consoleLink = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("[data-testid^='room-console-']")));
        assertThat(consoleLink.getDomAttribute("href")).startsWith("room-console.html#room=");
        String roomId = consoleLink.getDomAttribute("data-testid").substring("room-console-".length());
        assertThat(find("room-screen-" + roomId).getDomAttribute("href")).isEqualTo("screen.html#room=" + roomId);

        // Rename; the delete step names what would be erased, and can be cancelled.
        WebElement name = find("edit-name");
        name.clear();
        name.sendKeys("Langer thuis in Zuid en Oost");
        find("edit-submit").click();
        wait.until(d -> "Langer thuis in Zuid en Oost".equals(find("detail-title").getText()));
        find("delete-button").click();
        assertThat(find("delete-confirm-text").getText()).contains("Langer thuis in Zuid en Oost");
        assertThat(find("delete-confirm-list").getText()).contains("3 uitnodigingen").contains("2 voorbereidingen")
                .contains("privé antwoorden").contains("1 groepsgesprek");
        screenshot("delete-confirm");
        find("delete-cancel").click();
        assertThat(find("delete-confirm").isDisplayed()).isFalse();

        // On a phone the partners table becomes a list, still without the marker and without running HTML.
        driver.manage().window().setSize(new Dimension(390, 844));
        driver.navigate().refresh();
        wait.until(d -> states().size() == 3);
        assertFitsTheScreen();
        assertNoMarker();
        assertNoXss();
        screenshot("collaboration-phone");
        driver.manage().window().setSize(new Dimension(1280, 900));

        // The overview lists the collaboration; a facilitator is added (the password needs 12 characters).
        find("back-to-overview").click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(testId("overview-view")));
        wait.until(d -> find("collaboration-list").getText().contains("Langer thuis in Zuid en Oost"));
        assertThat(find("collaboration-list").getText()).contains("3 partners uitgenodigd");
        find("facilitator-add-toggle").click();
        find("facilitator-username").sendKeys("marieke");
        find("facilitator-display-name").sendKeys("Marieke Bos");
        find("facilitator-password").sendKeys("te-kort");
        find("facilitator-submit").click();
        wait.until(d -> find("facilitator-error").getText().contains("12"));
        find("facilitator-password").sendKeys("-en-nu-lang-genoeg");
        find("facilitator-submit").click();
        wait.until(ExpectedConditions.presenceOfElementLocated(testId("facilitator-row-marieke")));
        assertThat(find("facilitator-row-marieke").getText()).contains("Marieke Bos").contains("door " + username);
        screenshot("overview");

        // Deleting erases the collaboration.
        driver.get(detailUrl);
        wait.until(ExpectedConditions.visibilityOfElementLocated(testId("detail-view")));
        find("delete-button").click();
        find("delete-confirm-button").click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(testId("overview-view")));
        wait.until(d -> find("collaborations-empty").isDisplayed());
        driver.get(newLinkAnna);
        wait.until(ExpectedConditions.visibilityOfElementLocated(testId("chat-problem")));

        // Logging out ends the session: the console asks for a login again.
        driver.get(base() + "/facilitator.html");
        wait.until(ExpectedConditions.elementToBeClickable(testId("logout"))).click();
        wait.until(ExpectedConditions.urlContains("/login.html"));
        driver.get(base() + "/facilitator.html");
        wait.until(ExpectedConditions.urlContains("/login.html?next="));

        // Only the failures provoked above: no login (401), a wrong password (401), links that no longer work
        // (404, 410); never a refused change (403).
        Chromium.assertQuietConsole(driver, "status of 401", "status of 404", "status of 410");
    }

    @Test
    void loginSaysHowLongToWaitAfterTooManyFailedAttempts() {
        driver.get(base() + "/login.html");
        find("login-username").sendKeys("iemand");
        for (int attempt = 1; attempt <= 5; attempt++) {
            find("login-password").sendKeys("wrong-password-" + attempt);
            find("login-button").click();
            wait.until(d -> find("login-error").getText().contains("klopt niet")
                    && find("login-button").isEnabled());
            ((JavascriptExecutor) driver).executeScript("document.getElementById('login-error').textContent = '';");
        }
        find("login-password").sendKeys("wrong-password-6");
        find("login-button").click();
        wait.until(d -> find("login-error").getText().contains("Te veel mislukte pogingen"));
        assertThat(find("login-error").getText()).containsPattern("Wacht \\d+ (minuut|minuten|seconde|seconden)");
        assertThat(find("login-button").isEnabled()).isFalse();
        screenshot("login-too-many");
        Chromium.assertQuietConsole(driver, "status of 401", "status of 429");
    }

    private String base() {
        return "http://localhost:" + port;
    }

    /** A new facilitator, created by admin over the API; returns the username. */
    private String newFacilitator() throws IOException, InterruptedException {
        String username = "console-" + UUID.randomUUID().toString().substring(0, 8);
        String admin = "admin:" + IntegrationTest.ADMIN_PASSWORD;
        HttpResponse<String> created = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base() + "/api/facilitators"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(admin.getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + username + "\",\"password\":\""
                        + FACILITATOR_PASSWORD + "\"}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return username;
    }

    /** Invites a partner to brengen-halen and returns the link the console shows once. */
    private String invite(String name, String organisation, String role) {
        find("invite-name").sendKeys(name);
        find("invite-organisation").sendKeys(organisation);
        find("invite-role").sendKeys(role);
        new Select(find("invite-dialogue")).selectByValue("brengen-halen");
        find("invite-submit").click();
        wait.until(d -> find("link-panel").isDisplayed() && find("link-title").getText().contains(name));
        return find("link-url").getDomProperty("value");
    }

    // Read in one script, so that a table rendered again meanwhile cannot leave stale elements behind.
    @SuppressWarnings("unchecked")
    private List<String> partnerNames() {
        return (List<String>) ((JavascriptExecutor) driver).executeScript("return [...document.querySelectorAll("
                + "\"[data-testid^='partner-name-']\")].map((e) => e.textContent);");
    }

    @SuppressWarnings("unchecked")
    private List<String> states() {
        return (List<String>) ((JavascriptExecutor) driver).executeScript("return [...document.querySelectorAll("
                + "\"[data-testid^='partner-row-']\")].map((e) => e.dataset.state);");
    }

    private String invitationIdOf(String name) {
        Object id = ((JavascriptExecutor) driver).executeScript("return ([...document.querySelectorAll("
                + "\"[data-testid^='partner-name-']\")].find((e) => e.textContent === arguments[0]) || {dataset: {}})"
                + ".dataset.testid;", name);
        assertThat(id).as("the row of " + name).isNotNull();
        return String.valueOf(id).substring("partner-name-".length());
    }

    private void assertNoXss() {
        Object xss = ((JavascriptExecutor) driver).executeScript("return typeof window.__xss;");
        assertThat(xss).as("window.__xss").isEqualTo("undefined");
        assertThat(driver.findElements(By.cssSelector("main img, main script"))).as("HTML from data in the page").isEmpty();
    }

    /** Nothing sticks out to the right: no sideways scrolling on a phone. */
    private void assertFitsTheScreen() {
        Object wide = ((JavascriptExecutor) driver).executeScript(
                "const limit = document.documentElement.clientWidth;"
                        + "return [...document.querySelectorAll('body *')]"
                        + ".filter((e) => e.getClientRects().length && e.getBoundingClientRect().right > limit + 1)"
                        + ".map((e) => e.tagName + '.' + e.className + '[' + e.getAttribute('data-testid') + '] '"
                        + " + Math.round(e.getBoundingClientRect().right) + ' > ' + limit).slice(0, 10);");
        assertThat((List<?>) wide).as("elements wider than the screen").isEmpty();
    }

    private void assertNoMarker() {
        assertThat(driver.findElement(By.tagName("body")).getText()).doesNotContain(MARKER);
        assertThat(driver.getPageSource()).doesNotContain(MARKER);
        Object all = ((JavascriptExecutor) driver).executeScript("return document.documentElement.outerHTML;");
        assertThat(String.valueOf(all)).doesNotContain(MARKER);
    }

    private static By testId(String id) {
        return By.cssSelector("[data-testid='" + id + "']");
    }

    private WebElement find(String id) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(testId(id)));
    }

    private String currentNodeId() {
        List<WebElement> step = driver.findElements(testId("current-step"));
        String id = step.isEmpty() ? null : step.get(0).getDomAttribute("data-node-id");
        return id == null ? "" : id;
    }

    private void waitForStep(String nodeId) {
        Chromium.waitFor(driver, WAIT).withMessage(() -> "step " + nodeId + ", but at " + currentNodeId() + problem())
                .until(d -> nodeId.equals(currentNodeId()) && d.findElements(testId("step-prompt")).size() == 1);
    }

    private String problem() {
        StringBuilder text = new StringBuilder();
        for (String id : List.of("step-error", "chat-problem")) {
            driver.findElements(testId(id)).forEach(e -> text.append("; ").append(id).append(": ")
                    .append(e.getDomProperty("textContent")));
        }
        return text.toString();
    }

    private void submit() {
        wait.until(ExpectedConditions.elementToBeClickable(testId("step-submit"))).click();
    }

    /** Types a text answer long enough for no follow-up question, submits it, and waits for the next step. */
    private void answerText(String text) {
        String nodeId = currentNodeId();
        find("text-input").sendKeys(text);
        submit();
        wait.until(d -> !currentNodeId().isEmpty() && !nodeId.equals(currentNodeId()));
    }

    /** A full-page screenshot, only when -Dsamenspraak.screenshots=<dir> is given. */
    private void screenshot(String name) {
        String dir = System.getProperty("samenspraak.screenshots");
        if (dir == null || dir.isBlank()) {
            return;
        }
        try {
            Path file = Path.of(dir, "facilitator-" + name + ".png");
            Files.createDirectories(file.getParent());
            byte[] png;
            if (driver instanceof ChromeDriver chrome) {
                @SuppressWarnings("unchecked")
                Map<String, Object> metrics = (Map<String, Object>) chrome.executeCdpCommand("Page.getLayoutMetrics", Map.of());
                @SuppressWarnings("unchecked")
                Map<String, Object> size = (Map<String, Object>) metrics.get("cssContentSize");
                Map<String, Object> clip = Map.of("x", 0, "y", 0, "width", size.get("width"),
                        "height", size.get("height"), "scale", 1);
                Map<String, Object> shot = chrome.executeCdpCommand("Page.captureScreenshot",
                        Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
                png = Base64.getDecoder().decode(String.valueOf(shot.get("data")));
            } else {
                png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
            }
            Files.write(file, png);
        } catch (IOException | RuntimeException e) {
            System.err.println("no screenshot " + name + ": " + e.getMessage());
        }
    }
}
