package nl.samenspraak.summary;

import nl.samenspraak.dialogue.Aggregates;

import java.util.List;

/**
 * A summary laid out for export, once, so that the Markdown and the PDF hold the same sections in the same
 * order: headings, paragraphs, lists, tables with their headers, quotes and bar charts.
 */
record ExportDocument(String title, List<Block> blocks) {

    sealed interface Block permits Heading, Text, Bullets, Table, Quotes, Chart {
        void renderTo(Renderer renderer);
    }

    /** What writes a document in one format: one method per kind of block. */
    interface Renderer {
        void heading(Heading heading);

        void text(Text text);

        void bullets(Bullets bullets);

        void table(Table table);

        void quotes(Quotes quotes);

        void chart(Chart chart);
    }

    /** A heading; level 1 is a part of the summary, 2 a section in it, 3 an item in a section. */
    record Heading(int level, String text) implements Block {
        public void renderTo(Renderer renderer) {
            renderer.heading(this);
        }
    }

    record Text(String text, boolean emphasised) implements Block {
        public void renderTo(Renderer renderer) {
            renderer.text(this);
        }
    }

    record Bullets(List<String> items) implements Block {
        public void renderTo(Renderer renderer) {
            renderer.bullets(this);
        }
    }

    record Table(List<String> headers, List<List<String>> rows) implements Block {
        public void renderTo(Renderer renderer) {
            renderer.table(this);
        }
    }

    /** Quotations with who said them, shown indented under what they support. */
    record Quotes(List<String> lines) implements Block {
        public void renderTo(Renderer renderer) {
            renderer.quotes(this);
        }
    }

    /** Bars: a label and a count each, for positions on a scale and tallies of choices. */
    record Chart(List<Bar> bars) implements Block {

        public void renderTo(Renderer renderer) {
            renderer.chart(this);
        }

        record Bar(String label, int count) {
        }

        static Chart of(Aggregates.ScaleSummary scale) {
            return new Chart(scale.histogram().stream().map(b -> new Bar(String.valueOf(b.position()), b.count())).toList());
        }

        static Chart of(List<Aggregates.Tally> tally) {
            return new Chart(tally.stream().map(t -> new Bar(t.label(), t.count())).toList());
        }
    }

    /** The texts of the headings of one level, in order: what a reader finds in the export. */
    List<String> headings(int level) {
        return blocks.stream().filter(b -> b instanceof Heading h && h.level() == level).map(b -> ((Heading) b).text()).toList();
    }
}
