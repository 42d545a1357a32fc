package nl.samenspraak.conversation;

import nl.samenspraak.IntegrationTest;
import nl.samenspraak.Chromium;
import nl.samenspraak.ChromiumExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A partner prepares alone in a real browser: starts the paradoxen dialogue on the landing page, answers
 * steps of several kinds (multi, scale by keyboard, text with a probe), goes back and sees the earlier
 * answer prefilled, resumes from the copied link in a fresh tab, finishes, and downloads the transcript.
 * Needs Debian's chromium and chromium-driver; skipped when they are not installed (nothing is downloaded).
 */
@Tag("browser")
@IntegrationTest
class SoloConversationBrowserTest {

    private static final Duration WAIT = Duration.ofSeconds(15);

    private static final String PARADOX = "klein-of-breed";
    private static final String SHORT_ANSWER = "Snel besluiten";
    private static final String LONGER = " want met een kleine groep kennen we elkaar en kunnen we samen doorpakken";
    private static final String VALUE_RIGHT = "Een breed netwerk geeft draagvlak in de wijk, en bewoners en kleine "
            + "organisaties voelen zich dan ook eigenaar van wat we samen doen";

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
    void partnerPreparesAloneResumesFromTheLinkAndDownloadsTheTranscript() throws Exception {
        // The landing page lists the dialogues from the API and starts one.
        driver.get(base() + "/");
        wait.until(ExpectedConditions.elementToBeClickable(testId("dialogue-option-paradoxen")));
        driver.findElement(By.cssSelector("label[for='dialogue-paradoxen']")).click();
        driver.findElement(testId("participant-name")).sendKeys("Anna");
        driver.findElement(testId("participant-organisation")).sendKeys("Gemeente Zwolle");
        driver.findElement(testId("start-button")).click();

        // say: the text and a "Verder" button, in Dutch by default.
        waitForStep("welcome");
        assertThat(find("step-prompt").getText()).contains("Anna");
        assertThat(find("step-submit").getText()).isEqualTo("Verder");
        submit();
        waitForStep("intro");
        submit();

        // multi: one tension.
        waitForStep("paradoxes");
        find("option-" + PARADOX).click();
        submit();

        // scale, by keyboard only: two steps to the left.
        waitForStep("position@" + PARADOX);
        WebElement slider = find("scale-input");
        slider.sendKeys(Keys.ARROW_LEFT);
        slider.sendKeys(Keys.ARROW_LEFT);
        wait.until(d -> "-2".equals(find("scale-input").getDomProperty("value")));
        assertThat(find("scale-value").getText()).startsWith("-2:");
        assertThat(find("scale-input").getDomAttribute("aria-valuetext")).isEqualTo(find("scale-value").getText());
        submit();

        // text: a short answer gets a follow-up question with the answer prefilled; expand it.
        waitForStep("value-left@" + PARADOX);
        find("text-input").sendKeys(SHORT_ANSWER);
        submit();
        wait.until(ExpectedConditions.visibilityOfElementLocated(testId("step-probe")));
        assertThat(find("text-input").getDomProperty("value")).isEqualTo(SHORT_ANSWER);
        find("text-input").sendKeys(LONGER);
        submit();

        waitForStep("value-right@" + PARADOX);
        find("text-input").sendKeys(VALUE_RIGHT);
        submit();

        // Back one step: the earlier answer is prefilled.
        String next = waitForAnotherStep("value-right@" + PARADOX);
        assertThat(next).isEqualTo("lose-right@" + PARADOX);
        find("step-back").click();
        waitForStep("value-right@" + PARADOX);
        assertThat(find("text-input").getDomProperty("value")).isEqualTo(VALUE_RIGHT);

        // Continue later: copy the resume link and open it in a fresh tab with nothing stored.
        find("continue-later-toggle").click();
        String resumeUrl = wait.until(ExpectedConditions.visibilityOfElementLocated(testId("resume-url")))
                .getDomProperty("value");
        assertThat(resumeUrl).startsWith(base() + "/chat.html#id=").contains("&token=");
        String firstTab = driver.getWindowHandle();
        driver.switchTo().newWindow(WindowType.TAB);
        driver.get(base() + "/");
        ((JavascriptExecutor) driver).executeScript("window.localStorage.clear();");
        driver.get(resumeUrl);
        waitForStep("value-right@" + PARADOX);
        assertThat(find("text-input").getDomProperty("value")).isEqualTo(VALUE_RIGHT);
        assertThat(find("chat-log").getText()).contains(SHORT_ANSWER + LONGER);
        driver.switchTo().window(firstTab).close();
        driver.switchTo().window(driver.getWindowHandles().iterator().next());

        // Complete the dialogue from here.
        submit();
        waitForStep("lose-right@" + PARADOX);
        answerText("Dan verliezen we het draagvlak van bewoners en van de kleinere organisaties in de wijk");
        waitForStep("both-and@" + PARADOX);
        answerText("Een kleine kerngroep die knopen doorhakt, met een bredere kring eromheen die meedenkt en "
                + "op de hoogte blijft van wat we doen");
        waitForStep("choice-now@" + PARADOX);
        answerText("Voor nu een kleine kerngroep, omdat we snel iets zichtbaars willen laten zien aan de "
                + "bewoners van de wijk en elkaar moeten leren kennen");
        waitForStep("revisit@" + PARADOX);
        answerText("Na de eerste pilot in de wijk kijken we opnieuw of de groep breder moet worden");
        waitForStep("overall");
        answerText("De spanning gaat vooral over tempo tegenover draagvlak, en dat speelt bij bijna elke keuze "
                + "die we als partners samen maken");

        // choice: private by default, marked as such.
        waitForStep("safety");
        assertThat(find("visibility-private").isSelected()).isTrue();
        find("option-partly").click();
        submit();
        waitForStep("safety-needs");
        assertThat(find("chat-log").findElements(testId("private-mark"))).isNotEmpty();
        answerText("Eerst een-op-een gesprekken met de andere partners, en afspraken over wat binnen de groep blijft");

        // recap: the answers so far, each with an edit control; confirm without changes.
        waitForStep("recap");
        assertThat(find("recap-list").getText()).contains(SHORT_ANSWER + LONGER).contains(VALUE_RIGHT);
        submit();

        // end: the closing text and the transcript.
        waitForStep("done");
        assertThat(find("current-step").getDomAttribute("data-step-type")).isEqualTo("end");
        find("end-transcript").click();
        wait.until(d -> find("transcript-link").getDomAttribute("href") != null
                && find("transcript-link").getDomAttribute("href").startsWith("blob:"));
        wait.until(d -> !find("transcript-status").getText().isBlank());
        Path downloaded = wait.until(d -> browser.downloaded(".md"));
        assertThat(Files.readString(downloaded, StandardCharsets.UTF_8)).contains(VALUE_RIGHT);

        Map<String, String> fragment = fragment(resumeUrl);
        HttpResponse<String> transcript = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(base() + "/api/conversations/" + fragment.get("id") + "/transcript.md"))
                        .header("Authorization", "Bearer " + fragment.get("token")).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(transcript.statusCode()).isEqualTo(200);
        assertThat(transcript.body()).contains(SHORT_ANSWER + LONGER);

        // The landing page remembers the conversation (stored again by the resumed tab) as finished.
        find("end-home").click();
        WebElement item = wait.until(ExpectedConditions.visibilityOfElementLocated(testId("resume-item")));
        assertThat(item.getText()).contains("Paradoxen").contains("afgerond");
        assertThat(driver.findElement(testId("resume-link-" + fragment.get("id"))).getDomAttribute("href"))
                .isEqualTo(resumeUrl);
        Chromium.assertQuietConsole(driver);
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

    private String currentNodeId() {
        String id = driver.findElement(testId("current-step")).getDomAttribute("data-node-id");
        return id == null ? "" : id;
    }

    private void waitForStep(String nodeId) {
        Chromium.waitFor(driver, WAIT).withMessage(() -> "step " + nodeId + ", but at " + currentNodeId() + describeProblem())
                .until(d -> nodeId.equals(currentNodeId()) && d.findElements(testId("step-prompt")).size() == 1);
    }

    /** What the page shows as wrong, and a screenshot in target/, for a clear failure message. */
    private String describeProblem() {
        StringBuilder problem = new StringBuilder();
        for (String id : List.of("step-error", "chat-problem")) {
            driver.findElements(testId(id)).forEach(e -> problem.append("; ").append(id).append(": ")
                    .append(e.getDomProperty("textContent")));
        }
        try {
            Path shot = Path.of("target", "browser-test-failure.png");
            Files.createDirectories(shot.getParent());
            Files.write(shot, ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
            problem.append("; screenshot: ").append(shot.toAbsolutePath());
        } catch (IOException | RuntimeException e) {
            problem.append("; no screenshot: ").append(e.getMessage());
        }
        return problem.toString();
    }

    private String waitForAnotherStep(String nodeId) {
        wait.until(d -> !currentNodeId().isEmpty() && !nodeId.equals(currentNodeId()));
        return currentNodeId();
    }

    private void submit() {
        wait.until(ExpectedConditions.elementToBeClickable(testId("step-submit"))).click();
    }

    /** Types a text answer that is long enough for no follow-up question, and submits it. */
    private void answerText(String text) {
        String nodeId = currentNodeId();
        find("text-input").sendKeys(text);
        submit();
        waitForAnotherStep(nodeId);
    }

    private static Map<String, String> fragment(String url) {
        Map<String, String> values = new HashMap<>();
        for (String pair : URI.create(url).getRawFragment().split("&")) {
            String[] parts = pair.split("=", 2);
            values.put(parts[0], URLDecoder.decode(parts[1], StandardCharsets.UTF_8));
        }
        return values;
    }

}
