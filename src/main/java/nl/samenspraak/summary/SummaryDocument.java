package nl.samenspraak.summary;

import nl.samenspraak.summary.ExportDocument.Block;
import nl.samenspraak.summary.ExportDocument.Bullets;
import nl.samenspraak.summary.ExportDocument.Chart;
import nl.samenspraak.summary.ExportDocument.Heading;
import nl.samenspraak.summary.ExportDocument.Quotes;
import nl.samenspraak.summary.ExportDocument.Table;
import nl.samenspraak.summary.ExportDocument.Text;
import nl.samenspraak.summary.SummaryViews.Ambition;
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
 * charts, every question with its themes (agreed ones marked) or its tally, chart or ranking, and the open
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
