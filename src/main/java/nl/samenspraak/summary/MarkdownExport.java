package nl.samenspraak.summary;

import nl.samenspraak.summary.ExportDocument.Bullets;
import nl.samenspraak.summary.ExportDocument.Chart;
import nl.samenspraak.summary.ExportDocument.Heading;
import nl.samenspraak.summary.ExportDocument.Quotes;
import nl.samenspraak.summary.ExportDocument.Table;
import nl.samenspraak.summary.ExportDocument.Text;
import nl.samenspraak.summary.SummaryViews.Summary;
import nl.samenspraak.web.Markdown;

import java.util.List;

/** A summary as Markdown: the sections of {@link SummaryDocument}, tables as pipe tables, charts as text bars. */
final class MarkdownExport {

    private MarkdownExport() {
    }

    static String of(Summary summary, String title, Labels labels) {
        return of(SummaryDocument.of(summary, title, labels));
    }

    /** A laid-out document as Markdown: the summary's, or the summary's with a comparison of rounds after it. */
    static String of(ExportDocument document) {
        StringBuilder md = new StringBuilder("# ").append(escape(document.title())).append("\n\n");
        ExportDocument.Renderer renderer = new ExportDocument.Renderer() {
            public void heading(Heading h) {
                md.append("#".repeat(h.level() + 1)).append(' ').append(escape(h.text())).append("\n\n");
            }

            public void text(Text t) {
                md.append(t.emphasised() ? "**" + escape(t.text()) + "**" : escape(t.text())).append("\n\n");
            }

            public void bullets(Bullets b) {
                b.items().forEach(item -> md.append("- ").append(escape(item)).append('\n'));
                md.append('\n');
            }

            public void table(Table t) {
                MarkdownExport.table(md, t);
            }

            public void quotes(Quotes q) {
                md.append(String.join("\n>\n", q.lines().stream().map(line -> "> " + escape(line)).toList())).append("\n\n");
            }

            public void chart(Chart c) {
                int widest = c.bars().stream().mapToInt(bar -> bar.label().length()).max().orElse(1);
                md.append("```\n");
                c.bars().forEach(bar -> md.append(String.format("%-" + widest + "s ", bar.label()))
                        .append("█".repeat(bar.count())).append(' ').append(bar.count()).append('\n'));
                md.append("```\n\n");
            }
        };
        document.blocks().forEach(block -> block.renderTo(renderer));
        return md.toString();
    }

    private static void table(StringBuilder md, Table table) {
        row(md, table.headers());
        md.append("|").append(" --- |".repeat(table.headers().size())).append('\n');
        table.rows().forEach(r -> row(md, r));
        md.append('\n');
    }

    private static void row(StringBuilder md, List<String> cells) {
        md.append('|');
        cells.forEach(cell -> md.append(' ').append(escape(cell).replace("\n", " ")).append(" |"));
        md.append('\n');
    }

    static String escape(String text) {
        return Markdown.escape(text);
    }
}
