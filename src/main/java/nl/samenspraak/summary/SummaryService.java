package nl.samenspraak.summary;

import nl.samenspraak.access.AuditLog;
import nl.samenspraak.access.Facilitators;
import nl.samenspraak.collaboration.Collaborations;
import nl.samenspraak.collaboration.Rounds;
import nl.samenspraak.dialogue.Aggregates;
import nl.samenspraak.dialogue.Dialogue;
import nl.samenspraak.dialogue.DialogueEngine;
import nl.samenspraak.dialogue.NodeType;
import nl.samenspraak.dialogue.Step;
import nl.samenspraak.dialogue.SummaryRole;
import nl.samenspraak.dialogue.catalog.DialogueCatalog;
import nl.samenspraak.summary.SummaryViews.IssueGroup;
import nl.samenspraak.summary.SummaryViews.Question;
import nl.samenspraak.summary.SummaryViews.Summary;
import nl.samenspraak.summary.SummaryViews.Theme;
import nl.samenspraak.web.ApiException;
import nl.samenspraak.web.Fields;
import nl.samenspraak.web.UiMessages;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Computes the summary of a collaboration for one dialogue from its shared answers only, the same answers
 * always giving the same summary, and keeps the facilitator's review apart from it.
 */
@Service
class SummaryService {

    private static final DialogueCatalog.FieldNames QUERY = new DialogueCatalog.FieldNames("dialogue", "lang");

    private final SummaryInputs inputs;
    private final TextFeatures features;
    private final DialogueCatalog catalog;
    private final Collaborations collaborations;
    private final Rounds rounds;
    private final SummaryReviewRepository reviews;
    private final Facilitators facilitators;
    private final AuditLog audit;
    private final JsonMapper json;
    private final Clock clock;
    private final UiMessages messages;
    private final DialogueEngine engine = new DialogueEngine();

    SummaryService(SummaryInputs inputs, TextFeatures features, DialogueCatalog catalog, Collaborations collaborations,
                   Rounds rounds, SummaryReviewRepository reviews, Facilitators facilitators, AuditLog audit, JsonMapper json, Clock clock,
                   UiMessages messages) {
        this.inputs = inputs;
        this.features = features;
        this.catalog = catalog;
        this.collaborations = collaborations;
        this.rounds = rounds;
        this.reviews = reviews;
        this.facilitators = facilitators;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
        this.messages = messages;
    }

    /** The summary of the dialogue's latest round. */
    @Transactional(readOnly = true)
    public Summary summary(String collaborationId, String dialogueId, String language) {
        return summary(collaborationId, dialogueId, language, null);
    }

    /**
     * The summary of round {@code round} of the dialogue (its latest when null): only the answers of that round's
     * invitations and rooms.
     */
    @Transactional(readOnly = true)
    public Summary summary(String collaborationId, String dialogueId, String language, Integer round) {
        collaborations.ensureOwnedByCurrent(collaborationId);
        String lang = language == null ? Dialogue.DEFAULT_LANGUAGE : language;
        Dialogue dialogue = dialogue(dialogueId, lang);
        String roundId = rounds.forSummary(collaborationId, dialogue.id(), round).map(Rounds.RoundView::id).orElse(null);
        SummaryReview review = reviews.findById(SummaryReview.idOf(collaborationId, dialogueId)).orElse(null);
        return compute(collaborationId, dialogue, lang, inputs.of(collaborationId, dialogue, lang, roundId), review);
    }

    /**
     * Round {@code to} of the dialogue beside round {@code from} (by default the latest but one and the latest), each
     * round's summary computed as {@link #summary} computes it. 422 naming {@code dialogue} when the dialogue has
     * fewer than two rounds here, naming {@code from} or {@code to} for a round it does not have or the same round twice.
     */
    @Transactional(readOnly = true)
    public RoundComparison.Comparison comparison(String collaborationId, String dialogueId, String language, Integer from,
                                                 Integer to) {
        collaborations.ensureOwnedByCurrent(collaborationId);
        String lang = language == null ? Dialogue.DEFAULT_LANGUAGE : language;
        Dialogue dialogue = dialogue(dialogueId, lang);
        List<Rounds.RoundView> held = rounds.of(collaborationId, dialogue.id());
        if (held.size() < 2) {
            throw ApiException.localized(HttpStatus.UNPROCESSABLE_CONTENT, "invalid", "dialogue",
                    "api.comparison.too-few-rounds", List.of(dialogue.id(), String.valueOf(held.size())));
        }
        Rounds.RoundView later = round(held, to, held.size(), "to", dialogue.id());
        Rounds.RoundView earlier = round(held, from, held.size() - 1, "from", dialogue.id());
        if (earlier.number() == later.number()) {
            throw ApiException.localized(HttpStatus.UNPROCESSABLE_CONTENT, "invalid", "to",
                    "api.comparison.same-round", List.of(String.valueOf(later.number())));
        }
        SummaryReview review = reviews.findById(SummaryReview.idOf(collaborationId, dialogue.id())).orElse(null);
        return RoundComparison.of(side(collaborationId, dialogue, lang, earlier, review),
                side(collaborationId, dialogue, lang, later, review));
    }

    private RoundComparison.Side side(String collaborationId, Dialogue dialogue, String language, Rounds.RoundView round,
                                      SummaryReview review) {
        List<Contribution> contributions = inputs.of(collaborationId, dialogue, language, round.id());
        Summary summary = compute(collaborationId, dialogue, language, contributions, review);
        return new RoundComparison.Side(new RoundComparison.RoundInfo(round.number(), round.label(), round.openedAt(),
                summary.partners(), summary.answers()), summary, contributions);
    }

    /** Round {@code number} of the rounds held (the {@code fallback}-th when null), else 422 naming {@code field}. */
    private static Rounds.RoundView round(List<Rounds.RoundView> held, Integer number, int fallback, String field,
                                          String dialogueId) {
        int wanted = number == null ? fallback : number;
        return held.stream().filter(r -> r.number() == wanted).findFirst().orElseThrow(() -> ApiException.localized(
                HttpStatus.UNPROCESSABLE_CONTENT, "invalid", field, "api.comparison.round-unknown",
                List.of(field, String.valueOf(wanted), dialogueId, String.valueOf(held.size()))));
    }

    /** The computation itself, on given contributions: what the benchmark times and the tests pin down. */
    Summary compute(String collaborationId, Dialogue dialogue, String language, List<Contribution> contributions,
                    SummaryReview review) {
        Set<String> agreed = agreedThemes(review);
        StepAnswers answers = new StepAnswers(dialogue, contributions, features, language);
        List<Question> questions = new ArrayList<>();
        for (Map.Entry<String, List<Contribution>> step : answers.byStep().entrySet()) {
            questions.add(question(answers, step.getKey(), step.getValue(), agreed, language));
        }
        Set<String> partners = new LinkedHashSet<>();
        contributions.forEach(c -> partners.add(c.partnerKey()));
        return new Summary(collaborationId, dialogue.id(), language, partners.size(), contributions.size(), questions,
                dialogue.declares(SummaryRole.BRING) || dialogue.declares(SummaryRole.TAKE)
                        ? BringTakeSection.build(answers, agreed, language) : null,
                ParadoxSection.applies(dialogue) ? ParadoxSection.build(answers, agreed, language) : null,
                dialogue.declares(SummaryRole.QUADRANT) || dialogue.declares(SummaryRole.PROMISE)
                        ? VisionSection.build(answers, agreed, language, Labels.of(messages, language), review) : null,
                openIssues(answers, language),
                ScanSection.applies(dialogue) ? ScanSection.build(answers, language, id -> catalog.find(id)
                        .map(d -> d.title().in(language)).orElse(id)) : null);
    }

    /**
     * Every shared answer of the collaboration, of every dialogue, as rows for a spreadsheet. Read-write, though it
     * only reads: the export is recorded in the audit log (see {@link AuditLog#record}).
     */
    @Transactional
    public List<CsvExport.Row> rows(String collaborationId, String language) {
        collaborations.ensureOwnedByCurrent(collaborationId);
        audit.record("collaboration.export-csv", "collaboration " + collaborationId);
        List<CsvExport.Row> rows = new ArrayList<>();
        for (Dialogue dialogue : catalog.all()) {
            for (Contribution c : inputs.of(collaborationId, dialogue, language)) {
                rows.add(new CsvExport.Row(c.name(), c.organisation(), dialogue.id(), c.stepId(),
                        engine.describe(dialogue, language, c.stepId()).prompt(), c.display(), c.source()));
            }
        }
        return rows;
    }

    /** The title of an exported summary: the collaboration's name is not ours to know, the dialogue's is. */
    String title(String dialogueId, String language, Labels labels) {
        return dialogue(dialogueId, language).title().in(language) + " — " + labels.get("summary");
    }

    /**
     * Stores the facilitator's review: the agreed themes as {@link SummaryReview#agreedAfter} has it, and the
     * ambition text, where blank means "no edit" (the draft is used).
     */
    @Transactional
    public void review(String collaborationId, String dialogueId, String language, Integer round, String ambition,
                       List<String> agreedThemes) {
        // The themes the facilitator was shown: those of the round the page showed.
        Summary shown = summary(collaborationId, dialogueId, language, round);
        String id = SummaryReview.idOf(collaborationId, dialogueId);
        Optional<SummaryReview> stored = reviews.findById(id);
        List<String> agreed = SummaryReview.agreedAfter(agreedThemes(stored.orElse(null)), shown.themeKeys(),
                agreedThemes == null ? List.of() : agreedThemes);
        String text = ambition == null || ambition.isBlank() ? null : Fields.optional(ambition, "ambition", 10_000);
        reviews.save(new SummaryReview(id, stored.map(SummaryReview::version).orElse(null), collaborationId, dialogueId,
                text, json.writeValueAsString(agreed), clock.instant(), facilitators.current().username()));
        audit.record("summary.review", "summary of " + dialogueId + " in collaboration " + collaborationId);
    }

    private Question question(StepAnswers answers, String stepId, List<Contribution> given, Set<String> agreed,
                              String language) {
        Step step = engine.describe(answers.dialogue(), language, stepId);
        List<Object> values = given.stream().map(Contribution::value).toList();
        int partners = (int) given.stream().map(Contribution::partnerKey).distinct().count();
        if (step.type() != NodeType.TEXT && step.type() != NodeType.LIST) {
            return new Question(stepId, step.type().wireName(), step.prompt(), partners, null, null, null,
                    Aggregates.tally(step, values), Aggregates.scale(step, values), Aggregates.ranking(step, values));
        }
        List<Theme> themes = answers.themes(stepId, agreed);
        List<Theme> shared = themes.stream().filter(t -> t.partners().size() >= 2).toList();
        List<Theme> single = themes.stream().filter(t -> t.partners().size() < 2).toList();
        Set<String> voicingShared = new LinkedHashSet<>();
        shared.forEach(t -> voicingShared.addAll(t.partners()));
        double agreement = partners == 0 ? 0 : Math.round(100.0 * voicingShared.size() / partners) / 100.0;
        return new Question(stepId, step.type().wireName(), step.prompt(), partners, shared, single, agreement,
                null, null, null);
    }

    /** The pressing issues partners named (nodes with the role {@code issue}), grouped by the factor each speaks to. */
    private List<IssueGroup> openIssues(StepAnswers answers, String language) {
        Map<String, List<SummaryViews.Item>> byFactor = new LinkedHashMap<>();
        for (TextUnit unit : answers.units(SummaryRole.ISSUE)) {
            byFactor.computeIfAbsent(features.factor(unit.text(), language), f -> new ArrayList<>())
                    .add(BringTakeSection.item(unit));
        }
        return byFactor.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> new IssueGroup(e.getKey(), e.getValue())).toList();
    }

    private Set<String> agreedThemes(SummaryReview review) {
        return review == null ? Set.of() : Set.copyOf(json.readValue(review.agreedThemes(), new TypeReference<List<String>>() { }));
    }

    /** The dialogue and language of {@code ?dialogue=…&lang=…}; a summary covers both modes. */
    private Dialogue dialogue(String dialogueId, String language) {
        return catalog.require(dialogueId, null, language, QUERY);
    }
}
