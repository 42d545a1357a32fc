package nl.samenspraak.web;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Duration;
import java.util.Map;

/** Serves the UI strings of one language to the browser, from the messages_*.properties files. */
@RestController
class MessagesController {

    private final UiMessages messages;

    MessagesController(UiMessages messages) {
        this.messages = messages;
    }

    @GetMapping("/api/messages")
    ResponseEntity<Map<String, String>> messages(@RequestParam(defaultValue = "nl") String lang) {
        if (!UiMessages.LANGUAGES.contains(lang)) {
            throw ApiException.invalid("lang", "unknown language '" + lang + "'; expected one of " + UiMessages.LANGUAGES);
        }
        return ResponseEntity.ok().cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)))
                .body(messages.all(lang));
    }
}
