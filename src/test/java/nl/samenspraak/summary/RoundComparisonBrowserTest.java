package nl.samenspraak.summary;

import nl.samenspraak.ApiClient;
import nl.samenspraak.Chromium;
import nl.samenspraak.ChromiumExtension;
import nl.samenspraak.IntegrationTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A facilitator holds paradoxen a second time: after a first round, they start round 2 from the console in a
 * real browser, the partners prepare again (closer together on one tension), and the review page compares the
 * two rounds with a dumbbell per tension and its verdict.
 */
@Tag("browser")
@IntegrationTest
class RoundComparisonBrowserTest {

    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final String TENSION = "klein-of-breed";

    @LocalServerPort
    int port;

    @RegisterExtension
    static final ChromiumExtension chromium = new ChromiumExtension();

    private ApiClient api;
    private Map<String, String> owner;
    private String collaboration;

    @Test
    void aSecondRoundIsStartedFromTheConsoleAndComparedWithTheFirst() throws Exception {
        api = new ApiClient(port);
        owner = Map.of("Authorization", ApiClient.basic("admin", IntegrationTest.ADMIN_PASSWORD));
        collaboration = api.call("POST", "/api/collaborations", owner, Map.of("name", "Twee rondes")).json().get("id").asString();
        prepare("Anna", "Gemeente", -3);
        prepare("Bram", "Woonstichting", 3);

        WebDriver driver = chromium.open("1280,1000").driver();
        WebDriverWait wait = Chromium.waitFor(driver, WAIT);
        driver.get("http://localhost:" + port + "/facilitator.html?collaboration=" + collaboration);
        wait.until(ExpectedConditions.urlContains("/login.html?next="));
        driver.findElement(testId("login-username")).sendKeys("admin");
        driver.findElement(testId("login-password")).sendKeys(IntegrationTest.ADMIN_PASSWORD);
        driver.findElement(testId("login-button")).click();
        WebElement form = wait.until(ExpectedConditions.visibilityOfElementLocated(testId("round-form")));
        new Select(form.findElement(testId("round-dialogue"))).selectByValue("paradoxen");
        form.findElement(testId("round-label")).sendKeys("Na de zomer");
        form.findElement(testId("round-submit")).click();
        wait.until(d -> d.findElement(testId("round-list")).getText().contains("Na de zomer"));
        JsonNode rounds = api.call("GET", "/api/collaborations/" + collaboration + "/rounds?dialogue=paradoxen", owner, null).json();
        assertThat(rounds).hasSize(2);

        prepare("Anna", "Gemeente", -1);
        prepare("Bram", "Woonstichting", 1);

        driver.get("http://localhost:" + port + "/review.html?collaboration=" + collaboration + "&dialogue=paradoxen");
        WebElement scale = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[data-testid='comparison-scale'][data-step='position@" + TENSION + "']")));
        assertThat(scale.getDomAttribute("data-verdict")).isEqualTo("closer");
        assertThat(scale.findElements(testId("dumbbell-row"))).as("Anna, Bram and the group").hasSize(3);
        assertThat(new Select(driver.findElement(testId("comparison-from"))).getFirstSelectedOption().getDomAttribute("value")).isEqualTo("1");
        assertThat(new Select(driver.findElement(testId("comparison-to"))).getFirstSelectedOption().getDomAttribute("value")).isEqualTo("2");
        Chromium.assertQuietConsole(driver, "status of 401");
    }

    /** One partner prepares paradoxen in the latest round, on the one tension, at the given position. */
    private void prepare(String name, String organisation, int position) {
        String token = api.call("POST", "/api/collaborations/" + collaboration + "/invitations", owner,
                Map.of("name", name, "organisation", organisation, "dialogueId", "paradoxen")).json().get("token").asString();
        api.walkInvitation(token, step -> switch (step.get("nodeId").asString()) {
            case "paradoxes" -> List.of(TENSION);
            case "position@" + TENSION -> position;
            default -> null;
        }, Set.of());
    }

    private static By testId(String id) {
        return By.cssSelector("[data-testid='" + id + "']");
    }
}
