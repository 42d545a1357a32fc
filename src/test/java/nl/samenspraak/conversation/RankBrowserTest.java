package nl.samenspraak.conversation;

import nl.samenspraak.ApiClient;
import nl.samenspraak.ApiClient.Started;
import nl.samenspraak.Chromium;
import nl.samenspraak.ChromiumExtension;
import nl.samenspraak.IntegrationTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shipped rank step (motieven: how one's own organisation weighs the three kinds of motive) ordered with
 * the keyboard alone in a real browser: Alt+ArrowUp on an item moves it, a screen reader hears where it went,
 * and the order sent is the order shown.
 */
@Tag("browser")
@IntegrationTest
class RankBrowserTest {

    private static final Duration WAIT = Duration.ofSeconds(15);

    @LocalServerPort
    int port;

    @RegisterExtension
    static final ChromiumExtension chromium = new ChromiumExtension();

    @Test
    void theMotivesAreRankedByKeyboard() throws Exception {
        ApiClient api = new ApiClient(port);
        Started c = api.start("motieven", "nl", "Anna", "Gemeente Zwolle");
        JsonNode step = c.step();
        for (int guard = 0; !step.get("nodeId").asString().equals("own-weight"); guard++) {
            assertThat(guard).as("the rank step comes within 20 steps").isLessThan(20);
            step = api.answerOk(c, step.get("nodeId").asString(), ApiClient.validValue(step));
        }

        WebDriver driver = chromium.open("1280,900").driver();
        WebDriverWait wait = Chromium.waitFor(driver, WAIT);
        driver.get("http://localhost:" + port + "/chat.html#id=" + c.id() + "&token=" + c.token());
        WebElement moral = wait.until(ExpectedConditions.visibilityOfElementLocated(testId("rank-item-moral")));
        assertThat(order(driver)).containsExactly("instrumental", "affective", "moral");

        moral.sendKeys(Keys.chord(Keys.ALT, Keys.ARROW_UP));
        wait.until(d -> order(d).indexOf("moral") == 1);
        driver.findElement(testId("rank-item-moral")).sendKeys(Keys.chord(Keys.ALT, Keys.ARROW_UP));
        wait.until(d -> order(d).indexOf("moral") == 0);
        assertThat(driver.findElement(testId("rank-status")).getText()).contains("1");
        assertThat(driver.switchTo().activeElement().getDomAttribute("data-option")).as("focus follows the item").isEqualTo("moral");

        driver.findElement(testId("step-submit")).click();
        wait.until(d -> !api.view(c).get("step").get("nodeId").asString().equals("own-weight"));
        JsonNode given = null;
        for (JsonNode answer : api.view(c).get("answers")) {
            if (answer.get("nodeId").asString().equals("own-weight")) {
                given = answer.get("value");
            }
        }
        assertThat(given).isNotNull();
        assertThat(given.toString()).isEqualTo("[\"moral\",\"instrumental\",\"affective\"]");
        Chromium.assertQuietConsole(driver);
    }

    private static List<String> order(WebDriver driver) {
        List<String> ids = new ArrayList<>();
        driver.findElements(By.cssSelector("[data-testid='rank-list'] li")).forEach(li -> ids.add(li.getDomAttribute("data-option")));
        return ids;
    }

    private static By testId(String id) {
        return By.cssSelector("[data-testid='" + id + "']");
    }
}
