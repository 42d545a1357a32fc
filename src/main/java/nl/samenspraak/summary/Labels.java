package nl.samenspraak.summary;

import java.util.Map;

/** The headings and words of exported summaries, in the summary's language. */
record Labels(Map<String, String> words) {

    private static final Map<String, String> DUTCH = Map.ofEntries(
            Map.entry("partners", "Partners"), Map.entry("answers", "Antwoorden"), Map.entry("summary", "samenvatting"),
            Map.entry("ambition", "Gedeelde ambitie (concept)"), Map.entry("matches", "Wie zoekt wat een ander brengt"),
            Map.entry("unmetNeeds", "Behoeften waarin nog niemand voorziet"), Map.entry("paradoxes", "Paradoxen"),
            Map.entry("questions", "Gedeelde thema's per vraag"), Map.entry("agreement", "Overeenstemming"),
            Map.entry("openIssues", "Spannende punten per factor"), Map.entry("spread", "spreiding"),
            Map.entry("broad-agreement", "brede overeenstemming"), Map.entry("leaning", "neiging naar één kant"),
            Map.entry("divided", "verdeeld"), Map.entry("relatie", "Relatie"), Map.entry("samenstelling", "Samenstelling"),
            Map.entry("ambitie", "Ambitie"), Map.entry("belangen", "Belangen"),
            Map.entry("organisatie-proces", "Organisatie & proces"), Map.entry("partner", "Partner"),
            Map.entry("organisation", "Organisatie"), Map.entry("dialogue", "Gesprek"), Map.entry("step", "Stap"),
            Map.entry("question", "Vraag"), Map.entry("answer", "Antwoord"), Map.entry("source", "Bron"));

    private static final Map<String, String> ENGLISH = Map.ofEntries(
            Map.entry("partners", "Partners"), Map.entry("answers", "Answers"), Map.entry("summary", "summary"),
            Map.entry("ambition", "Shared ambition (draft)"), Map.entry("matches", "Who seeks what another brings"),
            Map.entry("unmetNeeds", "Needs nobody meets yet"), Map.entry("paradoxes", "Paradoxes"),
            Map.entry("questions", "Shared themes per question"), Map.entry("agreement", "Agreement"),
            Map.entry("openIssues", "Pressing issues by factor"), Map.entry("spread", "spread"),
            Map.entry("broad-agreement", "broad agreement"), Map.entry("leaning", "leaning to one side"),
            Map.entry("divided", "divided"), Map.entry("relatie", "Relationship"), Map.entry("samenstelling", "Composition"),
            Map.entry("ambitie", "Ambition"), Map.entry("belangen", "Interests"),
            Map.entry("organisatie-proces", "Organisation & process"), Map.entry("partner", "Partner"),
            Map.entry("organisation", "Organisation"), Map.entry("dialogue", "Dialogue"), Map.entry("step", "Step"),
            Map.entry("question", "Question"), Map.entry("answer", "Answer"), Map.entry("source", "Source"));

    static Labels of(String language) {
        return new Labels("en".equals(language) ? ENGLISH : DUTCH);
    }

    String get(String key) {
        return words.getOrDefault(key, key);
    }
}
