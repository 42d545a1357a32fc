package nl.samenspraak.dialogue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The checks of a dialogue that a JSON Schema cannot express: ids, jumps, reachability, ends, translations,
 * expressions and limits. Runs on a file that already matches the schema. They live with the model, not with
 * the loader, because they use what only the model and the engine know: probes, branch cases, and the
 * expression language the engine evaluates.
 */
public final class DialogueChecks {

    /** Where the values of the dialogue's file are, addressed by JSON Pointer, so a problem can say its line. */
    public interface Source {

        /** The line of the value at the pointer, or of its nearest enclosing value. */
        int lineOf(String pointer);

        /** Whether the value at the pointer is a list: a node's probe is one probe or a list of them. */
        boolean isList(String pointer);
    }

    private static final Pattern REFERENCE = Pattern.compile("(?:answers|labels)\\['([^']*)'\\]");

    private final String fileName;
    private final Dialogue dialogue;
    private final Source source;
    private final List<DialogueProblem> problems = new ArrayList<>();
    /** Every node by id, with the pointer to it in the file; the first one where ids repeat. */
    private final Map<String, String> pointers = new LinkedHashMap<>();
    private final Map<String, Node> nodes = new HashMap<>();
    private final List<String> order = new ArrayList<>();
    /** Where each node's list is, in an author's words ("case 1 of branch 'route'"), so a jump out of it can say so. */
    private final Map<String, String> places = new HashMap<>();

    public DialogueChecks(String fileName, Dialogue dialogue, Source source) {
        this.fileName = fileName;
        this.dialogue = dialogue;
        this.source = source;
    }

    public List<DialogueProblem> problems() {
        String baseName = fileName.replaceAll("^.*/", "").replaceAll("\\.ya?ml$", "");
        if (!dialogue.id().equals(baseName)) {
            report("/id", "the id '" + dialogue.id() + "' differs from the file name '" + baseName + "'");
        }
        text("/title", dialogue.title());
        text("/description", dialogue.description());
        index(dialogue.nodes(), "/nodes", "the dialogue's own nodes");
        checkList(dialogue.nodes(), "/nodes");
        if (checkReachability(dialogue.nodes(), "/nodes")) {
            Node last = dialogue.nodes().get(dialogue.nodes().size() - 1);
            report("/nodes/" + (dialogue.nodes().size() - 1), "a way through the dialogue runs past the last node '"
                    + last.id() + "' without reaching an end node");
        }
        problems.sort((a, b) -> Integer.compare(a.line(), b.line()));
        return problems;
    }

    /** Ids are unique in the whole file, inside foreach nodes and branch ways too: a step id names one node. */
    private void index(List<Node> list, String pointer, String place) {
        for (int i = 0; i < list.size(); i++) {
            Node node = list.get(i);
            String at = pointer + "/" + i;
            if (pointers.containsKey(node.id())) {
                report(at + "/id", "duplicate id '" + node.id() + "' (first used on line "
                        + source.lineOf(pointers.get(node.id())) + ")");
            } else {
                pointers.put(node.id(), at);
                nodes.put(node.id(), node);
                order.add(node.id());
                places.put(node.id(), place);
            }
            node.innerLists().forEach((inner, innerList) -> index(innerList, at + inner, placeOf(node, inner)));
        }
    }

    /** "foreach 'per-tension'", "case 2 of branch 'route'", "the otherwise of branch 'route'". */
    private static String placeOf(Node node, String innerList) {
        if (node.type() == NodeType.FOREACH) {
            return "foreach '" + node.id() + "'";
        }
        return innerList.startsWith("/cases/")
                ? "case " + (Integer.parseInt(innerList.split("/")[2]) + 1) + " of branch '" + node.id() + "'"
                : "the otherwise of branch '" + node.id() + "'";
    }

    private void checkList(List<Node> list, String pointer) {
        for (int i = 0; i < list.size(); i++) {
            Node node = list.get(i);
            String at = pointer + "/" + i;
            jump(list, i, node.target(), at + "/goto");
            condition(node.when(), at + "/when");
            texts(node, at);
            limits(node, at);
            probes(node, at);
            if (node.type() == NodeType.BRANCH) {
                if (node.target() != null) {
                    report(at + "/goto", "a branch goes where its cases and otherwise lead; give the goto to one of them");
                }
                for (int c = 0; c < node.cases().size(); c++) {
                    condition(node.cases().get(c).when(), at + "/cases/" + c + "/when");
                    jump(list, i, node.cases().get(c).target(), at + "/cases/" + c + "/goto");
                }
                if (node.otherwise() != null) {
                    jump(list, i, node.otherwise().target(), at + "/otherwise");
                }
            }
            if (node.type() == NodeType.FOREACH) {
                over(node, at + "/over");
            }
            node.innerLists().forEach((inner, innerList) -> checkList(innerList, at + inner));
        }
    }

    /**
     * A jump must name a later node of the same list: a dialogue has no loops and no jumps between lists, so
     * neither into a branch way's nodes nor out of them (they go on after the branch by themselves).
     */
    private void jump(List<Node> list, int from, String target, String pointer) {
        if (target == null) {
            return;
        }
        int to = indexIn(list, target);
        if (to < 0) {
            report(pointer, nodes.containsKey(target)
                    ? "'" + target + "' is in " + places.get(target) + " and '" + list.get(from).id() + "' in "
                    + places.get(list.get(from).id()) + "; a jump stays within its own list of nodes (the nodes of "
                    + "a case or otherwise go on after their branch by themselves)"
                    : "'" + target + "' names no node");
        } else if (to <= from) {
            report(pointer, "'" + target + "' is not after '" + list.get(from).id()
                    + "'; jumps only go forward (a dialogue has no loops)");
        }
    }

    private void over(Node foreach, String pointer) {
        Node over = nodes.get(foreach.over());
        if (over == null) {
            report(pointer, "'" + foreach.over() + "' names no node");
        } else if (over.type() != NodeType.MULTI && over.type() != NodeType.LIST) {
            report(pointer, "a foreach goes over a multi or list node; '" + over.id() + "' is a " + over.type().wireName());
        } else if (order.indexOf(over.id()) > order.indexOf(foreach.id())) {
            report(pointer, "'" + over.id() + "' comes after the foreach; a foreach goes over an earlier answer");
        }
    }

    private void condition(String expression, String pointer) {
        if (expression == null) {
            return;
        }
        Expressions.conditionProblem(expression)
                .ifPresent(problem -> report(pointer, "the expression does not parse: " + problem));
        references(expression, pointer);
    }

    private void references(String expression, String pointer) {
        Matcher matcher = REFERENCE.matcher(expression);
        while (matcher.find()) {
            if (!nodes.containsKey(matcher.group(1))) {
                report(pointer, "the expression refers to '" + matcher.group(1) + "', which names no node");
            }
        }
    }

    private void texts(Node node, String at) {
        text(at + "/summary/label", node.summaryLabel());
        List<Node> around = Route.foreachChain(dialogue, node.id());
        if (node.role() == SummaryRole.CHECK && (around == null || around.isEmpty())) {
            report(at + "/summary/role", "a check question is asked per factor of a scan: put it inside the foreach over the factors");
        }
        text(at + "/text", node.text());
        text(at + "/prompt", node.prompt());
        text(at + "/help", node.help());
        text(at + "/placeholder", node.placeholder());
        if (node.poles() != null) {
            text(at + "/poles/left", node.poles().left());
            text(at + "/poles/right", node.poles().right());
        }
        if (node.options() != null) {
            for (int o = 0; o < node.options().size(); o++) {
                Option option = node.options().get(o);
                String optionAt = at + "/options/" + o;
                text(optionAt + "/label", option.label());
                text(optionAt + "/help", option.help());
                option.attributes().forEach((name, value) -> text(optionAt + "/attributes/" + name, value));
            }
        }
    }

    /**
     * A text written per language has every language of the dialogue (a plain string is the same in each, so it
     * needs no translation), and each of its templates parses.
     */
    private void text(String pointer, LocalizedText text) {
        if (text == null) {
            return;
        }
        if (text.plain() != null) {
            template(pointer, text.plain());
            return;
        }
        for (String language : dialogue.languages()) {
            if (!text.byLanguage().containsKey(language)) {
                report(pointer, "the text lacks the language '" + language + "'");
            }
        }
        text.byLanguage().forEach((language, template) -> template(pointer + "/" + language, template));
    }

    private void template(String pointer, String template) {
        Expressions.templateProblem(template)
                .ifPresent(problem -> report(pointer, "the template does not parse: " + problem));
        references(template, pointer);
    }

    private void limits(Node node, String at) {
        if (node.type() == NodeType.TEXT && node.minWords() > node.maxWords()) {
            report(at + "/minWords", "minWords (" + node.minWords() + ") is above maxWords (" + node.maxWords() + ")");
        }
        if (node.type() == NodeType.LIST && node.minItems() > node.maxItems()) {
            report(at + "/minItems", "minItems (" + node.minItems() + ") is above maxItems (" + node.maxItems() + ")");
        }
        if (node.type() == NodeType.SCALE && node.min() >= node.max()) {
            report(at + "/min", "min (" + node.min() + ") must be below max (" + node.max() + ")");
        }
        if (node.options() != null) {
            List<String> seen = new ArrayList<>();
            for (int o = 0; o < node.options().size(); o++) {
                String id = node.options().get(o).id();
                if (seen.contains(id)) {
                    report(at + "/options/" + o + "/id", "duplicate option id '" + id + "'");
                }
                seen.add(id);
            }
            if ((node.type() == NodeType.CHOICE || node.type() == NodeType.RANK) && node.options().size() < 2) {
                report(at + "/options", "a " + node.type().wireName() + " needs at least two options");
            }
        }
        if (node.type() == NodeType.MULTI) {
            if (node.minSelected() > node.maxSelected()) {
                report(at + "/minSelected", "minSelected (" + node.minSelected() + ") is above maxSelected ("
                        + node.maxSelected() + ")");
            }
            if (node.maxSelected() > node.options().size()) {
                report(at + "/maxSelected", "maxSelected (" + node.maxSelected() + ") is above the number of options ("
                        + node.options().size() + ")");
            }
        }
    }

    /**
     * Each probe has the text of every language, a probe for short answers has its word count and only it
     * has one, and a trigger appears once per node: the engine asks only the first probe that fits.
     */
    private void probes(Node node, String at) {
        if (node.probes() == null) {
            return;
        }
        boolean list = source.isList(at + "/probe");
        List<ProbeTrigger> seen = new ArrayList<>();
        for (int p = 0; p < node.probes().size(); p++) {
            Probe probe = node.probes().get(p);
            String probeAt = at + "/probe" + (list ? "/" + p : "");
            text(probeAt + "/text", probe.text());
            if (probe.trigger() == ProbeTrigger.SHORT && probe.belowWords() == null) {
                report(probeAt, "a probe for short answers (when: short, or no 'when') needs belowWords");
            }
            if (probe.trigger() != ProbeTrigger.SHORT && probe.belowWords() != null) {
                report(probeAt + "/belowWords", "belowWords belongs to a probe for short answers; this one is asked when the answer is "
                        + probe.trigger().wireName());
            }
            if (seen.contains(probe.trigger())) {
                report(probeAt, "a second '" + probe.trigger().wireName() + "' probe on one node is never asked");
            }
            seen.add(probe.trigger());
        }
    }

    /**
     * Marks which nodes some way can reach, taking every condition as possibly true and possibly false, and
     * reports nodes none reaches; true when a way runs past the last node of the list. Past a branch way's own
     * nodes the dialogue gathers again after the branch; past the dialogue's last node it has nowhere to go.
     */
    private boolean checkReachability(List<Node> list, String pointer) {
        boolean[] reached = new boolean[list.size() + 1];
        reached[0] = true;
        for (int i = 0; i < list.size(); i++) {
            Node node = list.get(i);
            String at = pointer + "/" + i;
            if (!reached[i]) {
                report(at, "node '" + node.id() + "' can never be reached");
            }
            if (!reached[i]) {
                continue;
            }
            if (node.type() == NodeType.FOREACH) {
                // With no items the foreach is passed by, so the node after it is reached either way.
                checkReachability(node.nodes(), at + "/nodes");
            }
            if (node.when() != null) {
                reached[i + 1] = true;
            }
            switch (node.type()) {
                case END -> { }
                case BRANCH -> {
                    List<BranchCase> ways = new ArrayList<>(node.cases());
                    if (node.otherwise() != null) {
                        ways.add(node.otherwise());
                    } else {
                        reached[i + 1] = true;
                    }
                    for (int w = 0; w < ways.size(); w++) {
                        BranchCase way = ways.get(w);
                        String wayAt = at + (w < node.cases().size() ? "/cases/" + w : "/otherwise");
                        if (!way.gathers()) {
                            mark(reached, list, i, way.target());
                        } else if (checkReachability(way.nodes(), wayAt + "/nodes")) {
                            reached[i + 1] = true;
                        }
                    }
                }
                default -> mark(reached, list, i, node.target());
            }
        }
        return reached[list.size()];
    }

    /** Marks where a node leads: its jump target when valid, otherwise the next node. */
    private static void mark(boolean[] reached, List<Node> list, int from, String target) {
        int to = target == null ? -1 : indexIn(list, target);
        reached[to > from ? to : from + 1] = true;
    }

    private static int indexIn(List<Node> list, String id) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    private void report(String pointer, String message) {
        problems.add(new DialogueProblem(fileName, source.lineOf(pointer), message));
    }
}
