package nl.samenspraak.dialogue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The pure heart of Samenspraak: a dialogue, a participant's state and an answer give a validated answer and
 * the next step, or a specific refusal. It touches no storage and no network; callers persist the state and
 * the recorded answers. Thread-safe and stateless; the answer analysis it is given (for probes triggered
 * by a vague or problem-framed answer) must be too.
 */
public final class DialogueEngine {

    private final AnswerAnalysis analysis;

    /** An engine without answer analysis: it asks only the probes for short answers. */
    public DialogueEngine() {
        this(AnswerAnalysis.NONE);
    }

    public DialogueEngine(AnswerAnalysis analysis) {
        this.analysis = Objects.requireNonNull(analysis, "analysis");
    }

    /** The state at the first step of the dialogue. */
    public ConversationState start(Dialogue dialogue, Speaker speaker) {
        List<Route.StepRef> route = Route.of(dialogue, speaker, Map.of());
        return new ConversationState(route.get(0).id(), Map.of(), null);
    }

    /** The step the participant is at, ready to show. */
    public Step step(Dialogue dialogue, Speaker speaker, ConversationState state) {
        List<Route.StepRef> route = Route.of(dialogue, speaker, state.answers());
        int index = indexOf(route, state.position());
        if (index < 0) {
            // The position left the way (an earlier answer changed it): continue where the way is unanswered.
            index = firstUnanswered(route, state, route.size() - 1);
        }
        return render(route, index, state);
    }

    /**
     * Brings a state made on another version of the dialogue onto this one. Answers to nodes the dialogue no
     * longer has (or that no longer ask an answer) are not replayed; the participant stays at their step when
     * it is still on their way, and otherwise goes back to the nearest earlier answered step that still is
     * (in the order the answers were first given), or to the start.
     */
    public VersionChange onNewVersion(Dialogue dialogue, Speaker speaker, ConversationState state) {
        Map<String, GivenAnswer> kept = new LinkedHashMap<>();
        List<String> setAside = new ArrayList<>();
        state.answers().forEach((stepId, answer) -> {
            if (stillAsks(dialogue, stepId)) {
                kept.put(stepId, answer);
            } else {
                setAside.add(stepId);
            }
        });
        Map<String, ProbeTrigger> probed = new LinkedHashMap<>();
        state.probed().forEach((stepId, trigger) -> {
            if (stillAsks(dialogue, stepId)) {
                probed.put(stepId, trigger);
            }
        });
        List<Route.StepRef> route = Route.of(dialogue, speaker, kept);
        String position = state.position();
        if (position != null && indexOf(route, position) >= 0) {
            return new VersionChange(new ConversationState(position, kept, probed), null, setAside);
        }
        String nearest = null;
        for (String stepId : state.answers().keySet()) {
            if (stepId.equals(position)) {
                break;
            }
            if (kept.containsKey(stepId) && indexOf(route, stepId) >= 0) {
                nearest = stepId;
            }
        }
        String target = nearest != null ? nearest : route.get(0).id();
        return new VersionChange(new ConversationState(target, kept, probed), position, setAside);
    }

    /** Whether the dialogue still has the node of a step, asking an answer, inside as many foreach nodes. */
    private static boolean stillAsks(Dialogue dialogue, String stepId) {
        String[] parts = stepId.split("@");
        List<Node> chain = Route.foreachChain(dialogue, parts[0]);
        return chain != null && chain.size() == parts.length - 1
                && dialogue.node(parts[0]).map(n -> n.type().asksAnswer()).orElse(false);
    }

    /** Whether the participant has reached an end node. */
    public boolean isFinished(Dialogue dialogue, Speaker speaker, ConversationState state) {
        return step(dialogue, speaker, state).type() == NodeType.END;
    }

    /**
     * Takes the answer to the current step. A say step only needs acknowledging (any value); a recap takes
     * an object of changed answers by step id. A text answer that fits one of its step's probes (too short,
     * vague, problem-framed) keeps the participant at the step once, with that probe asked.
     */
    public Outcome answer(Dialogue dialogue, Speaker speaker, ConversationState state,
                          String stepId, Object value, Visibility visibility) {
        return take(dialogue, speaker, state, stepId, value, visibility, true);
    }

    /**
     * Checks one participant's answer to the current step without moving: in a group session everyone
     * answers the same step and the group moves on together. Returns the answer in its plain form.
     */
    public Object validate(Dialogue dialogue, Speaker speaker, ConversationState state, String stepId, Object value) {
        Route.StepRef ref = current(dialogue, speaker, state, stepId);
        return AnswerValidation.validate(ref.node(), value, "value");
    }

    /**
     * Moves a group past the current step, with the answer the group settled on (which steers branches and
     * foreach nodes), or with none. A group is never probed.
     */
    public ConversationState advance(Dialogue dialogue, Speaker speaker, ConversationState state, String stepId,
                                     Object decided) {
        Route.StepRef ref = current(dialogue, speaker, state, stepId);
        if (decided == null || !ref.node().type().asksAnswer()) {
            if (ref.node().type() == NodeType.END) {
                throw new AnswerRejectedException("nodeId", "the dialogue is finished");
            }
            return state.at(following(dialogue, speaker, state, ref.id()));
        }
        return take(dialogue, speaker, state, stepId, decided, Visibility.SHARED, false).state();
    }

    /**
     * Validates an answer to a step already rendered, such as a group's current step that a room keeps between
     * changes: the same checks as {@link #validate(Dialogue, Speaker, ConversationState, String, Object)}
     * without walking the way again.
     */
    public Object validate(Dialogue dialogue, Step current, String stepId, Object value) {
        ensureCurrent(current, stepId);
        Node node = dialogue.node(nodeIdOf(stepId)).orElseThrow(
                () -> new AnswerRejectedException("nodeId", "'" + stepId + "' is not a step of " + dialogue.id()));
        return AnswerValidation.validate(node, value, "value");
    }

    private Route.StepRef current(Dialogue dialogue, Speaker speaker, ConversationState state, String stepId) {
        List<Route.StepRef> route = Route.of(dialogue, speaker, state.answers());
        Step current = step(dialogue, speaker, state);
        ensureCurrent(current, stepId);
        return route.get(indexOf(route, current.nodeId()));
    }

    private static void ensureCurrent(Step current, String stepId) {
        if (stepId == null || !stepId.equals(current.nodeId())) {
            throw new AnswerRejectedException("nodeId", "'" + stepId + "' is not the current step; the current step is '"
                    + current.nodeId() + "'");
        }
    }

    private Outcome take(Dialogue dialogue, Speaker speaker, ConversationState state, String stepId, Object value,
                         Visibility visibility, boolean probing) {
        List<Route.StepRef> route = Route.of(dialogue, speaker, state.answers());
        Route.StepRef ref = current(dialogue, speaker, state, stepId);
        Node node = ref.node();
        List<RecordedAnswer> recorded = new ArrayList<>();
        switch (node.type()) {
            case END -> throw new AnswerRejectedException("nodeId", "the conversation is finished");
            case SAY -> { }
            case RECAP -> recorded.addAll(recapEdits(route, ref, value, state));
            default -> {
                Object valid = AnswerValidation.validate(node, value, "value");
                recorded.add(new RecordedAnswer(ref.id(), node.id(), valid, visibilityFor(ref, state, visibility)));
            }
        }
        ConversationState next = state.with(recorded);
        Probe probe = probing ? probeToAsk(ref, next) : null;
        if (probe != null) {
            return new Outcome(next.probedAt(ref.id(), probe.trigger()).at(ref.id()), recorded);
        }
        return new Outcome(next.at(following(dialogue, speaker, next, ref.id())), recorded);
    }

    /** Goes one step back, or to the named earlier step. */
    public ConversationState back(Dialogue dialogue, Speaker speaker, ConversationState state, String targetStepId) {
        List<Route.StepRef> route = Route.of(dialogue, speaker, state.answers());
        int here = indexOf(route, step(dialogue, speaker, state).nodeId());
        if (targetStepId == null) {
            if (here == 0) {
                throw new AnswerRejectedException("nodeId", "already at the first step");
            }
            return state.at(route.get(here - 1).id());
        }
        int target = indexOf(route, targetStepId);
        if (target < 0 || target >= here) {
            throw new AnswerRejectedException("nodeId", "'" + targetStepId + "' is not an earlier step on this way through the dialogue");
        }
        return state.at(targetStepId);
    }

    /** Changes who may see an earlier answer, keeping its value. */
    public Outcome changeVisibility(Dialogue dialogue, Speaker speaker, ConversationState state,
                                    String stepId, Visibility visibility) {
        GivenAnswer answer = state.answers().get(stepId);
        boolean onRoute = indexOf(Route.of(dialogue, speaker, state.answers()), stepId) >= 0;
        if (answer == null || !onRoute) {
            throw new AnswerRejectedException("nodeId", "'" + stepId + "' has no answer to change");
        }
        RecordedAnswer changed = new RecordedAnswer(stepId, nodeIdOf(stepId), answer.value(), visibility);
        return new Outcome(state.with(List.of(changed)), List.of(changed));
    }

    /**
     * The question of a step as anyone reads it, without a conversation: for summaries and exports that list
     * answers from many partners. The foreach items come from the step id ({@code position@klein-of-breed}).
     * With no answers to quote, a sentence that would quote one ("Je koos: ‘…’. Wat maakt …") is left out,
     * and so are empty brackets: such a prompt reads as the question everyone was asked.
     */
    public Step describe(Dialogue dialogue, String language, String stepId) {
        Route.StepRef ref = anyonesStep(dialogue, language, stepId);
        Step step = render(List.of(ref), 0, new ConversationState(stepId, Map.of(), null));
        return step.withPrompt(Expressions.withoutEmptyQuotes(step.prompt()));
    }

    /**
     * An answer to a step as anyone reads it ({@link Display}), for summaries and exports: option labels and
     * poles rendered for the step's foreach items ({@code position@klein-of-breed}). Takes a step id, not a
     * node id, since the poles of a step inside a foreach come from its item. An answer to a step the dialogue
     * no longer has (it was edited since) reads as its plain value.
     */
    public String display(Dialogue dialogue, String stepId, Object value, String language) {
        try {
            Route.StepRef ref = anyonesStep(dialogue, language, stepId);
            Node node = ref.node();
            return Display.of(node.type(), ref.scope().options(node), ref.scope().poles(node), node.min(), node.max(),
                    value, language);
        } catch (AnswerRejectedException gone) {
            return String.valueOf(value);
        }
    }

    /** A step as it is for a reader without a conversation of their own, its foreach items from the step id. */
    private static Route.StepRef anyonesStep(Dialogue dialogue, String language, String stepId) {
        String[] parts = stepId.split("@");
        List<Node> chain = Route.foreachChain(dialogue, parts[0]);
        if (chain == null || chain.size() != parts.length - 1) {
            throw new AnswerRejectedException("nodeId", "'" + stepId + "' is not a step of " + dialogue.id());
        }
        Speaker nobody = new Speaker(new Participant("", ""), language, Mode.GROUP);
        Scope scope = new Scope(dialogue, nobody, Map.of());
        for (int i = 0; i < chain.size(); i++) {
            scope = scope.within(Route.item(dialogue, chain.get(i), parts[i + 1], language));
        }
        return new Route.StepRef(stepId, dialogue.node(parts[0]).orElseThrow(), scope);
    }

    /** The answers on the participant's current way through the dialogue, in order, as they read them. */
    public List<AnsweredStep> answers(Dialogue dialogue, Speaker speaker, ConversationState state) {
        return answered(Route.of(dialogue, speaker, state.answers()), Integer.MAX_VALUE, state);
    }

    private List<AnsweredStep> answered(List<Route.StepRef> route, int before, ConversationState state) {
        List<AnsweredStep> answered = new ArrayList<>();
        for (int i = 0; i < Math.min(before, route.size()); i++) {
            Route.StepRef ref = route.get(i);
            GivenAnswer answer = state.answers().get(ref.id());
            if (answer != null && ref.node().type().asksAnswer()) {
                Step view = render(route, i, state);
                answered.add(new AnsweredStep(ref.id(), i + 1, ref.node().type(), view.prompt(), answer.value(),
                        Display.of(view, answer.value(), ref.scope().speaker().language()), answer.visibility(),
                        view.options(), view.poles(), view.min(), view.max(), view.scaleWords(), view.limits()));
            }
        }
        return answered;
    }

    private List<RecordedAnswer> recapEdits(List<Route.StepRef> route, Route.StepRef recap, Object value,
                                            ConversationState state) {
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof Map<?, ?> edits)) {
            throw new AnswerRejectedException("value", "a recap takes an object of changed answers by step id");
        }
        int recapIndex = indexOf(route, recap.id());
        List<RecordedAnswer> recorded = new ArrayList<>();
        for (Map.Entry<?, ?> edit : new LinkedHashMap<>(edits).entrySet()) {
            String stepId = String.valueOf(edit.getKey());
            int index = indexOf(route, stepId);
            if (index < 0 || index >= recapIndex || !route.get(index).node().type().asksAnswer()) {
                throw new AnswerRejectedException("value." + stepId, "'" + stepId + "' is not a question before this recap");
            }
            Route.StepRef ref = route.get(index);
            Object valid = AnswerValidation.validate(ref.node(), edit.getValue(), "value." + stepId);
            recorded.add(new RecordedAnswer(stepId, ref.node().id(), valid, visibilityFor(ref, state, null)));
        }
        return recorded;
    }

    private static Visibility visibilityFor(Route.StepRef ref, ConversationState state, Visibility requested) {
        if (requested != null) {
            return requested;
        }
        GivenAnswer earlier = state.answers().get(ref.id());
        return earlier != null ? earlier.visibility() : ref.node().defaultVisibility();
    }

    /** The first of the step's probes that fits its new answer, unless the step was probed before: a probe is asked once. */
    private Probe probeToAsk(Route.StepRef ref, ConversationState state) {
        Node node = ref.node();
        if (node.type() != NodeType.TEXT || node.probes() == null || state.probed().containsKey(ref.id())) {
            return null;
        }
        String answer = (String) state.answers().get(ref.id()).value();
        Set<AnswerTrait> traits = traits(node.probes(), answer, ref);
        return node.probes().stream().filter(p -> p.fits(answer, traits)).findFirst().orElse(null);
    }

    /** The text of the probe asked at a step, while its answer still fits it (an expanded answer shows none). */
    private String probeShown(Route.StepRef ref, ConversationState state) {
        ProbeTrigger asked = state.probed().get(ref.id());
        GivenAnswer answer = state.answers().get(ref.id());
        if (asked == null || answer == null) {
            return null;
        }
        String text = (String) answer.value();
        return ref.node().probe(asked).filter(p -> p.fits(text, traits(List.of(p), text, ref)))
                .map(p -> ref.scope().render(p.text())).orElse(null);
    }

    /** Analyses an answer only when a probe needs a trait: most probes just count words, and analysis takes time. */
    private Set<AnswerTrait> traits(List<Probe> probes, String answer, Route.StepRef ref) {
        boolean needed = probes.stream().anyMatch(p -> p.trigger().trait() != null);
        return needed && !answer.isBlank() ? analysis.traits(answer, ref.scope().speaker().language()) : Set.of();
    }

    /**
     * Where to go after answering: to a question that an answer just put on the way before this step and
     * that is still open, or else to the next step.
     */
    private static String following(Dialogue dialogue, Speaker speaker, ConversationState state, String answeredId) {
        List<Route.StepRef> route = Route.of(dialogue, speaker, state.answers());
        int here = indexOf(route, answeredId);
        if (here < 0) {
            return route.get(firstUnanswered(route, state, route.size() - 1)).id();
        }
        int open = firstUnanswered(route, state, here);
        // A group has no answer at free-text steps, so only a solo participant is sent back to open questions.
        if (open < here && speaker.mode() != Mode.GROUP) {
            return route.get(open).id();
        }
        return route.get(Math.min(here + 1, route.size() - 1)).id();
    }

    /** The first question on the way without an answer, looking no further than {@code limit}. */
    private static int firstUnanswered(List<Route.StepRef> route, ConversationState state, int limit) {
        for (int i = 0; i < limit; i++) {
            if (route.get(i).node().type().asksAnswer() && !state.answers().containsKey(route.get(i).id())) {
                return i;
            }
        }
        return limit;
    }

    private Step render(List<Route.StepRef> route, int index, ConversationState state) {
        Route.StepRef ref = route.get(index);
        Node node = ref.node();
        Scope scope = ref.scope();
        GivenAnswer answer = state.answers().get(ref.id());
        Step.PolesView poles = scope.poles(node);
        List<Step.ScaleWord> scaleWords = node.type() == NodeType.SCALE
                ? Display.scaleWords(node.min(), node.max(), poles, scope.speaker().language()) : null;
        String probe = probeShown(ref, state);
        return new Step(ref.id(), node.type(),
                scope.render(node.prompt() != null ? node.prompt() : node.text()),
                scope.render(node.help()), scope.render(node.placeholder()),
                scope.options(node), poles, node.min(), node.max(), scaleWords, Step.Limits.of(node), probe, answer,
                answer != null ? answer.visibility() : node.defaultVisibility(),
                node.type() == NodeType.RECAP ? answered(route, index, state) : null,
                scope.item(), node.source(),
                new Step.Progress(index + 1, route.size()), index > 0);
    }

    private static int indexOf(List<Route.StepRef> route, String stepId) {
        for (int i = 0; i < route.size(); i++) {
            if (route.get(i).id().equals(stepId)) {
                return i;
            }
        }
        return -1;
    }

    /** The node a step is of: {@code position@klein-of-breed} is a step of the node {@code position}. */
    public static String nodeIdOf(String stepId) {
        int at = stepId.indexOf('@');
        return at < 0 ? stepId : stepId.substring(0, at);
    }
}
