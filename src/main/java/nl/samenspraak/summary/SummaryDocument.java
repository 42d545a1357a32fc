package nl.samenspraak.summary;

import nl.samenspraak.summary.ExportDocument.Block;
import nl.samenspraak.summary.ExportDocument.Bullets;
import nl.samenspraak.summary.ExportDocument.Chart;
import nl.samenspraak.summary.ExportDocument.Heading;
import nl.samenspraak.summary.ExportDocument.Quotes;
import nl.samenspraak.summary.ExportDocument.Table;
import nl.samenspraak.summary.ExportDocument.Text;
import nl.samenspraak.summary.SummaryViews.Ambition;
import nl.samenspraak.summary.SummaryViews.FactorStats;
import nl.samenspraak.summary.SummaryViews.HeatRow;
import nl.samenspraak.summary.SummaryViews.Recommendation;
import nl.samenspraak.summary.SummaryViews.Scan;
import nl.samenspraak.summary.SummaryViews.ScanCheck;
import nl.samenspraak.summary.SummaryViews.ScanIngredient;
import nl.samenspraak.summary.SummaryViews.BringTake;
import nl.samenspraak.summary.SummaryViews.Item;
import nl.samenspraak.summary.SummaryViews.Paradox;
import nl.samenspraak.summary.SummaryViews.Question;
import nl.samenspraak.summary.SummaryViews.Quote;
import nl.samenspraak.summary.SummaryViews.Sentence;
import nl.samenspraak.summary.SummaryViews.Summary;
import nl.samenspraak.summary.SummaryViews.Theme;

import java.util.ArrayList;
import java.util.List;

/**
 * Lays a summary out as the review page shows it: the ambition (the recorded text labelled as recorded, the
 * draft as draft, every sentence with its sources), the visievierluik's quadrants, the brengen-halen worksheet,
 * matches, needs nobody meets, offers nobody asked for, kinds of interest, balance, the paradoxes with their
 * charts, a scan's heat map, factors, check questions and recommended next conversations, every question with its themes (agreed ones marked) or its tally, chart or ranking, and the open
 * issues by factor.
 */
final class SummaryDocument {

    private final Labels labels;
    private final List<Block> blocks = new ArrayList<>();

    private SummaryDocument(Labels labels) {
        this.labels = labels;
    }

    static ExportDocument of(Summary summary, String title, Labels labels) {
        SummaryDocument document = new SummaryDocument(labels);
        document.add(summary);
        return new ExportDocument(title, List.copyOf(document.blocks));
    }

    private void add(Summary summary) {
        text(labels.get("partners") + ": " + summary.partners() + " · " + labels.get("answers") + ": " + summary.answers());
        if (summary.vision() != null) {
            ambition(summary.vision().ambition());
            heading(1, labels.get("quadrants"));
            summary.vision().quadrants().forEach(q -> {
                heading(2, q.prompt());
                if (q.representative() != null) {
                    text(labels.get("representative") + ": “" + q.representative().text() + "” — " + q.representative().partner());
                }
                themes(q.sharedThemes());
            });
        }
        if (summary.bringTake() != null) {
            bringTake(summary.bringTake());
        }
        if (summary.paradoxes() != null) {
            heading(1, labels.get("paradoxes"));
            for (Paradox p : summary.paradoxes()) {
                heading(2, p.label());
                text(p.left() + " ◀ " + p.positions().mean() + " ▶ " + p.right() + " — " + labels.get(p.positions().agreement())
                        + " (n=" + p.positions().n() + ", " + labels.get("spread") + " " + p.positions().spread() + ")");
                blocks.add(Chart.of(p.positions()));
                themes(p.bothAnd());
            }
        }
        if (summary.scan() != null) {
            scan(summary.scan());
        }
        heading(1, labels.get("questions"));
        for (Question q : summary.questions()) {
            heading(2, q.prompt());
            question(q);
        }
        if (summary.openIssues() != null && !summary.openIssues().isEmpty()) {
            heading(1, labels.get("openIssues"));
            summary.openIssues().forEach(g -> {
                heading(2, labels.get(g.factor()));
                items(g.issues());
            });
        }
    }

    private void ambition(Ambition ambition) {
        heading(1, labels.get("ambition"));
        if (ambition.edited() != null) {
            heading(2, labels.get("ambitionRecorded"));
            text(ambition.edited());
        }
        heading(2, labels.get("ambitionDraft"));
        text(ambition.draft().isBlank() ? labels.get("none") : ambition.draft());
        sentences(labels.get("promise"), ambition.promise());
        sentences(labels.get("commitments"), ambition.commitments());
        sentences(labels.get("goals"), ambition.goals());
        sentences(labels.get("ownGoals"), ambition.ownGoals());
    }

    private void sentences(String heading, List<Sentence> sentences) {
        if (sentences.isEmpty()) {
            return;
        }
        heading(3, heading);
        for (Sentence s : sentences) {
            blocks.add(new Bullets(List.of(s.condition() == null ? s.text()
                    : s.text() + " — " + labels.get("condition") + ": " + s.condition())));
            quotes(s.sources());
        }
    }

    private void bringTake(BringTake bt) {
        heading(1, labels.get("bringTake"));
        heading(2, labels.get("worksheet"));
        blocks.add(new Table(List.of(labels.get("partner"), labels.get("organisation"), labels.get("bring"), labels.get("take"),
                labels.get("balance"), labels.get("balanceWhy")),
                bt.partners().stream().map(p -> List.of(p.partner(), nullToEmpty(p.organisation()), String.join("; ", p.brings()),
                        String.join("; ", p.takes()), nullToEmpty(p.balance()), nullToEmpty(p.balanceWhy()))).toList()));
        heading(2, labels.get("matches"));
        if (bt.matches().isEmpty()) {
            text(labels.get("none"));
        } else {
            blocks.add(new Table(List.of(labels.get("seeker"), labels.get("need"), labels.get("provider"), labels.get("offer"),
                    labels.get("similarity"), labels.get("reasons")),
                    bt.matches().stream().map(m -> List.of(m.seeker(), m.need(), m.provider(), m.offer(),
                            String.valueOf(m.similarity()), String.join(", ", m.reasons()))).toList()));
        }
        heading(2, labels.get("unmetNeeds"));
        items(bt.unmetNeeds());
        heading(2, labels.get("unaskedOffers"));
        items(bt.unaskedOffers());
        if (!bt.interestKinds().isEmpty()) {
            heading(2, labels.get("interestKinds"));
            blocks.add(Chart.of(bt.interestKinds()));
        }
        if (!bt.balance().isEmpty()) {
            heading(2, labels.get("balanceOverall"));
            blocks.add(Chart.of(bt.balance()));
        }
        if (!bt.sharedAmbitions().isEmpty()) {
            heading(2, labels.get("sharedInterest"));
            themes(bt.sharedAmbitions());
        }
        if (!bt.issues().isEmpty()) {
            heading(2, labels.get("tensions"));
            themes(bt.issues());
        }
    }

    /**
     * The scan: the heat map as a table per factor (partners × its ingredients, empty where a partner did not
     * answer), the factors' figures, the ingredients partners disagree on most, the check questions' tallies and
     * the recommended next conversations with their reasons.
     */
    private void scan(Scan scan) {
        heading(1, labels.get("scan"));
        heading(2, labels.get("heatMap"));
        text(labels.get("heatMapExplain"));
        List<String> factorOrder = scan.ingredients().stream().map(ScanIngredient::factorId).distinct().toList();
        for (String factorId : factorOrder) {
            List<Integer> columns = new ArrayList<>();
            for (int i = 0; i < scan.ingredients().size(); i++) {
                if (scan.ingredients().get(i).factorId().equals(factorId)) {
                    columns.add(i);
                }
            }
            heading(3, scan.ingredients().get(columns.get(0)).factor());
            List<String> headers = new ArrayList<>(List.of(labels.get("partner")));
            columns.forEach(i -> headers.add(scan.ingredients().get(i).label()));
            List<List<String>> rows = new ArrayList<>();
            for (HeatRow row : scan.heatMap()) {
                if (columns.stream().allMatch(i -> row.positions().get(i) == null)) {
                    continue;
                }
                List<String> cells = new ArrayList<>(List.of(partnerName(row.partner(), row.organisation())));
                columns.forEach(i -> cells.add(row.positions().get(i) == null ? "" : signed(row.positions().get(i))));
                rows.add(cells);
            }
            List<String> means = new ArrayList<>(List.of(labels.get("mean") + " (" + labels.get("spread") + ")"));
            columns.forEach(i -> means.add(scan.ingredients().get(i).positions().mean() + " (" + scan.ingredients().get(i).positions().spread() + ")"));
            rows.add(means);
            blocks.add(new Table(headers, rows));
        }
        heading(2, labels.get("factorStats"));
        blocks.add(new Table(List.of(labels.get("factor"), labels.get("mean"), labels.get("spread"), labels.get("positions"), labels.get("reading")),
                scan.factors().stream().map(f -> List.of(f.label(), f.mean() == null ? "" : String.valueOf(f.mean()),
                        f.spread() == null ? "" : String.valueOf(f.spread()), String.valueOf(f.n()), reading(f))).toList()));
        heading(2, labels.get("mostDivided"));
        if (scan.disagreements().isEmpty()) {
            text(labels.get("none"));
        } else {
            blocks.add(new Table(List.of(labels.get("ingredient"), labels.get("factor"), labels.get("mean"), labels.get("spread")),
                    scan.disagreements().stream().map(i -> List.of(i.label(), i.factor(), String.valueOf(i.positions().mean()),
                            String.valueOf(i.positions().spread()))).toList()));
        }
        heading(2, labels.get("checks"));
        for (FactorStats f : scan.factors()) {
            if (f.checks().isEmpty()) {
                continue;
            }
            heading(3, f.label());
            blocks.add(new Table(List.of(labels.get("checkQuestion"), labels.get("answers")),
                    f.checks().stream().map(c -> List.of(c.prompt(), tally(c))).toList()));
        }
        heading(2, labels.get("recommendations"));
        if (scan.recommendations().isEmpty()) {
            text(labels.get("noRecommendations"));
        }
        for (Recommendation r : scan.recommendations()) {
            heading(3, r.factor() + ": " + labels.get("recommend." + r.kind()));
            text(labels.get("nextConversation") + ": " + String.join(", ", r.dialogues().stream()
                    .map(d -> d.title() + " (" + d.id() + ")").toList()));
            List<String> reasons = new ArrayList<>();
            reasons.add(labels.get("factor") + " " + r.factor() + ": " + labels.get("mean") + " " + r.mean() + ", "
                    + labels.get("spread") + " " + r.spread());
            r.ingredients().forEach(i -> reasons.add(i.label() + ": " + labels.get("mean") + " " + i.positions().mean() + ", "
                    + labels.get("spread") + " " + i.positions().spread() + " (n=" + i.positions().n() + ")"));
            r.checks().forEach(c -> reasons.add(c.prompt() + " " + tally(c)));
            text(labels.get("because"));
            blocks.add(new Bullets(reasons));
        }
    }

    private String reading(FactorStats f) {
        List<String> words = new ArrayList<>();
        if (f.weak()) {
            words.add(labels.get("weak"));
        }
        if (f.divided()) {
            words.add(labels.get("divided"));
        }
        return String.join(", ", words);
    }

    private static String tally(ScanCheck check) {
        return String.join(" · ", check.tally().stream().map(t -> t.label() + ": " + t.count()).toList());
    }

    private String partnerName(String name, String organisation) {
        if (name == null || name.isBlank()) {
            return organisation == null || organisation.isBlank() ? labels.get("anonymous") : organisation;
        }
        return organisation == null || organisation.isBlank() ? name : name + " (" + organisation + ")";
    }

    private static String signed(int position) {
        return position > 0 ? "+" + position : String.valueOf(position);
    }

    private void question(Question q) {
        text(labels.get(q.partners() == 1 ? "partnerAnswered" : "partnersAnswered").replace("{0}", String.valueOf(q.partners())));
        if (q.sharedThemes() != null) {
            if (q.agreement() != null) {
                text(labels.get("agreement") + ": " + Math.round(q.agreement() * 100) + "%");
            }
            heading(3, labels.get("sharedThemes"));
            themes(q.sharedThemes());
            if (!q.singleVoiceThemes().isEmpty()) {
                heading(3, labels.get("singleVoices"));
                themes(q.singleVoiceThemes());
            }
        }
        if (q.tally() != null && !q.tally().isEmpty()) {
            blocks.add(Chart.of(q.tally()));
        }
        if (q.scale() != null) {
            text(labels.get("mean") + " " + q.scale().mean() + ", " + labels.get("spread") + " " + q.scale().spread()
                    + " — " + labels.get(q.scale().agreement()));
            blocks.add(Chart.of(q.scale()));
        }
        if (q.ranking() != null && !q.ranking().isEmpty()) {
            blocks.add(new Table(List.of(labels.get("option"), labels.get("meanPosition")),
                    q.ranking().stream().map(r -> List.of(r.label(), String.valueOf(r.meanPosition()))).toList()));
        }
    }

    private void themes(List<Theme> themes) {
        if (themes == null || themes.isEmpty()) {
            text(labels.get("none"));
            return;
        }
        for (Theme t : themes) {
            blocks.add(new Text(t.label() + (t.agreed() ? " ✓ " + labels.get("agreed") : "") + " — " + String.join(", ", t.partners()), true));
            quotes(t.quotes());
        }
    }

    private void quotes(List<Quote> quotes) {
        blocks.add(new Quotes(quotes.stream().map(q -> "“" + q.text() + "” — " + q.partner()).toList()));
    }

    private void items(List<Item> items) {
        if (items.isEmpty()) {
            text(labels.get("none"));
        } else {
            blocks.add(new Bullets(items.stream().map(i -> i.text() + " (" + i.partner() + ")").toList()));
        }
    }

    private void heading(int level, String text) {
        blocks.add(new Heading(level, text));
    }

    private void text(String text) {
        blocks.add(new Text(text, false));
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
