package nl.samenspraak.summary;

import nl.samenspraak.summary.SummaryViews.Paradox;
import nl.samenspraak.summary.SummaryViews.Question;
import nl.samenspraak.summary.SummaryViews.Quote;
import nl.samenspraak.summary.SummaryViews.Sentence;
import nl.samenspraak.summary.SummaryViews.Summary;
import nl.samenspraak.summary.SummaryViews.Theme;

import nl.samenspraak.web.Markdown;

import java.util.List;

/** A summary as Markdown: headings per part, every theme with the quotes behind it. */
final class MarkdownExport {

    private MarkdownExport() {
    }

    static String of(Summary summary, String title, Labels labels) {
        StringBuilder md = new StringBuilder("# ").append(escape(title)).append("\n\n");
        md.append(labels.get("partners")).append(": ").append(summary.partners()).append(" · ")
                .append(labels.get("answers")).append(": ").append(summary.answers()).append("\n\n");
        if (summary.vision() != null) {
            md.append("## ").append(labels.get("ambition")).append("\n\n");
            String ambition = summary.vision().ambition().edited() != null ? summary.vision().ambition().edited()
                    : summary.vision().ambition().draft();
            md.append(escape(ambition)).append("\n\n");
            for (Sentence s : summary.vision().ambition().promise()) {
                md.append("> ").append(escape(s.text())).append(" — ").append(sources(s.sources())).append("\n\n");
            }
        }
        if (summary.bringTake() != null) {
            md.append("## ").append(labels.get("matches")).append("\n\n");
            summary.bringTake().matches().forEach(m -> md.append("- ").append(escape(m.seeker())).append(": *")
                    .append(escape(m.need())).append("* ← ").append(escape(m.provider())).append(": *")
                    .append(escape(m.offer())).append("* (").append(m.similarity()).append(")\n"));
            md.append("\n### ").append(labels.get("unmetNeeds")).append("\n\n");
            summary.bringTake().unmetNeeds().forEach(i -> md.append("- ").append(escape(i.partner())).append(": ")
                    .append(escape(i.text())).append('\n'));
            md.append('\n');
        }
        if (summary.paradoxes() != null) {
            md.append("## ").append(labels.get("paradoxes")).append("\n\n");
            for (Paradox p : summary.paradoxes()) {
                md.append("### ").append(escape(p.label())).append("\n\n").append(escape(p.left())).append(" ◀ ")
                        .append(p.positions().mean()).append(" ▶ ").append(escape(p.right())).append(" — ")
                        .append(labels.get(p.positions().agreement())).append(" (n=").append(p.positions().n())
                        .append(", ").append(labels.get("spread")).append(" ").append(p.positions().spread()).append(")\n\n");
                themes(md, p.bothAnd());
            }
        }
        md.append("## ").append(labels.get("questions")).append("\n\n");
        for (Question q : summary.questions()) {
            if (q.sharedThemes() == null) {
                continue;
            }
            md.append("### ").append(escape(q.prompt())).append("\n\n");
            if (q.agreement() != null) {
                md.append(labels.get("agreement")).append(": ").append(Math.round(q.agreement() * 100)).append("%\n\n");
            }
            themes(md, q.sharedThemes());
        }
        if (summary.openIssues() != null && !summary.openIssues().isEmpty()) {
            md.append("## ").append(labels.get("openIssues")).append("\n\n");
            summary.openIssues().forEach(g -> {
                md.append("### ").append(labels.get(g.factor())).append("\n\n");
                g.issues().forEach(i -> md.append("- ").append(escape(i.text())).append(" (").append(escape(i.partner())).append(")\n"));
                md.append('\n');
            });
        }
        return md.toString();
    }

    private static void themes(StringBuilder md, List<Theme> themes) {
        for (Theme t : themes) {
            md.append("- **").append(escape(t.label())).append("**").append(t.agreed() ? " ✓" : "").append(" — ")
                    .append(escape(String.join(", ", t.partners()))).append('\n');
            t.quotes().forEach(q -> md.append("  - “").append(escape(q.text())).append("” — ").append(escape(q.partner())).append('\n'));
        }
        md.append('\n');
    }

    private static String sources(List<Quote> quotes) {
        return escape(String.join(", ", quotes.stream().map(Quote::partner).distinct().toList()));
    }

    static String escape(String text) {
        return Markdown.escape(text);
    }
}
