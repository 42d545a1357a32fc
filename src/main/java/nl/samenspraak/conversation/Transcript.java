package nl.samenspraak.conversation;

import nl.samenspraak.dialogue.AnsweredStep;
import nl.samenspraak.dialogue.Dialogue;
import nl.samenspraak.dialogue.Visibility;
import nl.samenspraak.web.Markdown;

import java.util.List;

/** A participant's own record of a conversation, in Markdown: every question they answered and their answer. */
final class Transcript {

    private Transcript() {
    }

    static String markdown(Dialogue dialogue, String language, String name, String organisation,
                           List<AnsweredStep> answers) {
        boolean dutch = "nl".equals(language);
        StringBuilder md = new StringBuilder();
        md.append("# ").append(dialogue.title().in(language)).append("\n\n");
        if (!name.isEmpty() || !organisation.isEmpty()) {
            md.append(dutch ? "Deelnemer: " : "Participant: ").append(escape(name))
                    .append(organisation.isEmpty() ? "" : " (" + escape(organisation) + ")").append("\n\n");
        }
        for (AnsweredStep answer : answers) {
            md.append("## ").append(escape(answer.prompt()).replace("\n", " ")).append("\n\n");
            if (answer.visibility() == Visibility.PRIVATE) {
                md.append(dutch ? "*Privé: alleen voor jou.*\n\n" : "*Private: for you only.*\n\n");
            }
            if (answer.value() instanceof List<?> items) {
                items.forEach(item -> md.append("- ").append(escape(label(answer, item.toString()))).append('\n'));
                md.append('\n');
            } else if (answer.poles() != null) {
                md.append(escape(answer.display())).append(" (").append(answer.min()).append(" = ").append(escape(answer.poles().left()))
                        .append(", ").append(answer.max()).append(" = ").append(escape(answer.poles().right())).append(")\n\n");
            } else {
                md.append(escape(answer.display())).append("\n\n");
            }
        }
        md.append("---\n").append(dutch ? "Bronnen: " : "Sources: ");
        md.append(String.join("; ", dialogue.sources().stream().map(s -> s.cite()).toList())).append('\n');
        return md.toString();
    }

    private static String label(AnsweredStep answer, String id) {
        if (answer.options() == null) {
            return id;
        }
        return answer.options().stream().filter(o -> o.id().equals(id)).map(o -> o.label()).findFirst().orElse(id);
    }

    static String escape(String text) {
        return Markdown.escape(text);
    }
}
