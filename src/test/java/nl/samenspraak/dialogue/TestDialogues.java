package nl.samenspraak.dialogue;

import nl.samenspraak.dialogue.catalog.DialogueLoader;

import java.util.Map;

/** Loads dialogues written inline in tests, failing loudly on any problem. */
final class TestDialogues {

    private TestDialogues() {
    }

    static Dialogue load(String fileName, String yaml) {
        return new DialogueLoader().loadAll(Map.of(fileName, yaml)).get(0);
    }

    /** A small dialogue with every node type, a branch, a when, a foreach and a probe. */
    static Dialogue demo() {
        return load("demo.yaml", """
                id: demo
                version: 1
                title: {nl: Demo, en: Demo}
                description: {nl: Een demo, en: A demo}
                languages: [nl, en]
                modes: [solo, group]
                estimatedMinutes: 5
                sources: [{cite: "Test", file: x.txt, lines: 1-2}]
                nodes:
                  - id: welcome
                    type: say
                    text: {nl: "Hallo #{participant.name} van #{participant.organisation}", en: "Hello #{participant.name}"}
                  - id: view
                    type: text
                    prompt: {nl: "Hoe kijk jij ernaar?", en: "How do you see it?"}
                    maxWords: 10
                    maxChars: 80
                    probe: {belowWords: 3, text: {nl: "Wat bedoel je?", en: "What do you mean?"}}
                  - id: bring
                    type: list
                    prompt: {nl: "Wat breng je?", en: "What do you bring?"}
                    maxItems: 3
                    maxItemChars: 20
                  - id: tensions
                    type: multi
                    prompt: {nl: "Welke spanningen?", en: "Which tensions?"}
                    maxSelected: 2
                    options:
                      - {id: fast-slow, label: {nl: Snel of traag, en: Fast or slow}, attributes: {left: {nl: Snel, en: Fast}, right: {nl: Traag, en: Slow}}}
                      - {id: small-broad, label: {nl: Klein of breed, en: Small or broad}, attributes: {left: {nl: Klein, en: Small}, right: {nl: Breed, en: Broad}}}
                      - {id: open-closed, label: {nl: Open of dicht, en: Open or closed}, attributes: {left: {nl: Open, en: Open}, right: {nl: Dicht, en: Closed}}}
                  - id: per-tension
                    type: foreach
                    over: tensions
                    nodes:
                      - id: position
                        type: scale
                        prompt: {nl: "Waar sta je bij #{item.label}?", en: "Where on #{item.label}?"}
                        poles: {left: {nl: "#{item.left}", en: "#{item.left}"}, right: {nl: "#{item.right}", en: "#{item.right}"}}
                      - id: lose
                        type: text
                        when: "answers['position'] >= 2"
                        prompt: {nl: "Wat verlies je aan #{item.left}?", en: "What is lost?"}
                  - id: balance
                    type: choice
                    prompt: {nl: "In balans?", en: "Balanced?"}
                    options:
                      - {id: "yes", label: {nl: Ja, en: Yes}}
                      - {id: "no", label: {nl: Nee, en: No}}
                  - id: route
                    type: branch
                    cases: [{when: "answers['balance'] == 'no'", goto: restore}]
                    otherwise: order
                  - id: restore
                    type: text
                    visibility: private
                    prompt: {nl: "Wat herstelt de balans? Je koos #{labels['balance']}.", en: "What restores it?"}
                  - id: order
                    type: rank
                    prompt: {nl: "Wat eerst?", en: "What first?"}
                    options:
                      - {id: a, label: {nl: A, en: A}}
                      - {id: b, label: {nl: B, en: B}}
                  - id: recap
                    type: recap
                    prompt: {nl: "Klopt dit?", en: "Is this right?"}
                  - id: done
                    type: end
                    text: {nl: "Dank je", en: "Thank you"}
                """);
    }
}
