package nl.samenspraak.summary;

import nl.samenspraak.summary.ExportDocument.Block;
import nl.samenspraak.summary.ExportDocument.Bullets;
import nl.samenspraak.summary.ExportDocument.Heading;
import nl.samenspraak.summary.ExportDocument.Quotes;
import nl.samenspraak.summary.ExportDocument.Table;
import nl.samenspraak.summary.ExportDocument.Text;
import nl.samenspraak.summary.RoundComparison.Comparison;
import nl.samenspraak.summary.RoundComparison.Figures;
import nl.samenspraak.summary.RoundComparison.Partner;
import nl.samenspraak.summary.RoundComparison.ThemeChange;
import nl.samenspraak.summary.SummaryViews.Match;

import java.util.ArrayList;
import java.util.List;

/**
 * A comparison of two rounds laid out for export, after the later round's summary: the scales (group figures and
 * verdict, then each partner's positions), a scan's factors and ingredients, themes new, continued and gone with
 * their quotes, matches that appeared or disappeared, and partners who joined or left; every table with headers.
 */
final class ComparisonDocument {

    private final Labels labels;
    private final List<Block> blocks = new ArrayList<>();
    private final String from;
    private final String to;

    private ComparisonDocument(Labels labels, Comparison comparison) {
        this.labels = labels;
        this.from = labels.get("round") + " " + comparison.from().number();
        this.to = labels.get("round") + " " + comparison.to().number();
    }

    /** The summary's document with the comparison after it. */
    static ExportDocument append(ExportDocument summary, Comparison comparison, Labels labels) {
        ComparisonDocument document = new ComparisonDocument(labels, comparison);
        document.add(comparison);
        List<Block> blocks = new ArrayList<>(summary.blocks());
        blocks.addAll(document.blocks);
        return new ExportDocument(summary.title(), List.copyOf(blocks));
    }

    private void add(Comparison c) {
        heading(1, labels.get("compare.title") + ": " + from + " → " + to);
        text(from + ": " + labels.get("partners") + " " + c.from().partners() + " · " + labels.get("answers") + " "
                + c.from().answers() + "; " + to + ": " + labels.get("partners") + " " + c.to().partners() + " · "
                + labels.get("answers") + " " + c.to().answers());
        text(labels.get("compare.bounds").replace("{0}", percent(c.bounds().spread())).replace("{1}", percent(c.bounds().mean())));

        heading(2, labels.get("compare.scales"));
        if (c.scales().isEmpty()) {
            text(labels.get("none"));
        } else {
            blocks.add(new Table(List.of(labels.get("compare.scale"), from, to, labels.get("compare.meanChange"),
                    labels.get("compare.spreadChange"), labels.get("compare.verdict")),
                    c.scales().stream().map(s -> List.of(s.label(), figures(s.from()), figures(s.to()), signed(s.meanChange()),
                            signed(s.spreadChange()), labels.get("compare." + s.verdict()))).toList()));
            for (RoundComparison.ScaleChange s : c.scales()) {
                heading(3, s.label() + (s.left() == null ? "" : " (" + s.left() + " ◀ ▶ " + s.right() + ")"));
                blocks.add(new Table(List.of(labels.get("partner"), from, to), s.partners().stream()
                        .map(p -> List.of(name(p.partner(), p.organisation()), position(p.from()), position(p.to()))).toList()));
            }
        }

        if (c.scan() != null) {
            heading(2, labels.get("compare.factors"));
            blocks.add(new Table(List.of(labels.get("factor"), from, to, labels.get("compare.meanChange"),
                    labels.get("compare.spreadChange"), labels.get("compare.verdict")),
                    c.scan().factors().stream().map(f -> List.of(f.label(), figures(f.from()), figures(f.to()),
                            signed(f.meanChange()), signed(f.spreadChange()), labels.get("compare." + f.verdict()))).toList()));
            heading(2, labels.get("compare.ingredients"));
            blocks.add(new Table(List.of(labels.get("ingredient"), labels.get("factor"), from, to,
                    labels.get("compare.meanChange"), labels.get("compare.spreadChange")),
                    c.scan().ingredients().stream().map(i -> List.of(i.label(), i.factor(), figures(i.from()), figures(i.to()),
                            signed(i.meanChange()), signed(i.spreadChange()))).toList()));
        }

        heading(2, labels.get("compare.themes"));
        themes(labels.get("compare.themesNew"), c.themes().added());
        themes(labels.get("compare.themesContinued"), c.themes().continued());
        themes(labels.get("compare.themesGone"), c.themes().gone());

        if (!c.matches().appeared().isEmpty() || !c.matches().disappeared().isEmpty()) {
            heading(2, labels.get("compare.matches"));
            matches(labels.get("compare.matchesAppeared"), c.matches().appeared());
            matches(labels.get("compare.matchesDisappeared"), c.matches().disappeared());
        }

        heading(2, labels.get("compare.partners"));
        partners(labels.get("compare.joined"), c.partners().joined());
        partners(labels.get("compare.left"), c.partners().left());
        partners(labels.get("compare.stayed"), c.partners().stayed());
    }

    private void themes(String heading, List<ThemeChange> themes) {
        heading(3, heading);
        if (themes.isEmpty()) {
            text(labels.get("none"));
            return;
        }
        blocks.add(new Table(List.of(labels.get("compare.theme"), labels.get("compare.place"), from, to),
                themes.stream().map(t -> List.of(t.label(), t.place() == null ? "" : t.place(),
                        String.join(", ", t.fromPartners()), String.join(", ", t.toPartners()))).toList()));
        for (ThemeChange t : themes) {
            List<String> quotes = new ArrayList<>();
            t.fromQuotes().forEach(q -> quotes.add(from + ": “" + q.text() + "” — " + q.partner()));
            t.toQuotes().forEach(q -> quotes.add(to + ": “" + q.text() + "” — " + q.partner()));
            blocks.add(new Text(t.label(), true));
            blocks.add(new Quotes(quotes));
        }
    }

    private void matches(String heading, List<Match> matches) {
        heading(3, heading);
        if (matches.isEmpty()) {
            text(labels.get("none"));
            return;
        }
        blocks.add(new Table(List.of(labels.get("seeker"), labels.get("need"), labels.get("provider"), labels.get("offer")),
                matches.stream().map(m -> List.of(m.seeker(), m.need(), m.provider(), m.offer())).toList()));
    }

    private void partners(String heading, List<Partner> partners) {
        heading(3, heading);
        if (partners.isEmpty()) {
            text(labels.get("none"));
        } else {
            blocks.add(new Bullets(partners.stream().map(p -> name(p.partner(), p.organisation())).toList()));
        }
    }

    private String name(String name, String organisation) {
        if (name == null || name.isBlank()) {
            return organisation == null || organisation.isBlank() ? labels.get("anonymous") : organisation;
        }
        return organisation == null || organisation.isBlank() ? name : name + " (" + organisation + ")";
    }

    private String figures(Figures f) {
        return f == null ? "—" : f.mean() + " (" + labels.get("spread") + " " + f.spread() + ", n=" + f.n() + ")";
    }

    private static String position(Integer p) {
        return p == null ? "—" : p > 0 ? "+" + p : String.valueOf(p);
    }

    private static String signed(Double d) {
        return d == null ? "—" : d > 0 ? "+" + d : String.valueOf(d);
    }

    private static String percent(double share) {
        return Math.round(share * 100) + "%";
    }

    private void heading(int level, String text) {
        blocks.add(new Heading(level, text));
    }

    private void text(String text) {
        blocks.add(new Text(text, false));
    }
}
