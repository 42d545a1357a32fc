package nl.samenspraak.dialogue;

import org.springframework.expression.EvaluationContext;
import org.springframework.expression.EvaluationException;
import org.springframework.expression.Expression;
import org.springframework.expression.ParseException;
import org.springframework.expression.common.CompositeStringExpression;
import org.springframework.expression.common.LiteralExpression;
import org.springframework.expression.common.TemplateParserContext;
import org.springframework.expression.spel.standard.SpelExpressionParser;
import org.springframework.expression.spel.support.DataBindingPropertyAccessor;
import org.springframework.expression.spel.support.MapAccessor;
import org.springframework.expression.spel.support.SimpleEvaluationContext;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Conditions and text templates in Spring Expression Language, evaluated in a read-only
 * {@link SimpleEvaluationContext}: expressions read maps and call methods on values, but cannot reach
 * types, constructors, beans or assignments. Parsed expressions are cached because the same few are
 * evaluated on every step.
 */
final class Expressions {

    private static final SpelExpressionParser PARSER = new SpelExpressionParser();
    private static final TemplateParserContext TEMPLATE = new TemplateParserContext();
    private static final EvaluationContext CONTEXT = SimpleEvaluationContext
            .forPropertyAccessors(new MapAccessor(false), DataBindingPropertyAccessor.forReadOnlyAccess())
            .withInstanceMethods()
            .build();

    private static final Map<String, Expression> CONDITIONS = new ConcurrentHashMap<>();
    private static final Map<String, Expression> TEMPLATES = new ConcurrentHashMap<>();

    private Expressions() {
    }

    /** Why the condition does not parse, or empty when it does. */
    static Optional<String> conditionProblem(String condition) {
        return problem(() -> PARSER.parseExpression(condition));
    }

    /** Why the template does not parse, or empty when it does. */
    static Optional<String> templateProblem(String template) {
        return problem(() -> PARSER.parseExpression(template, TEMPLATE));
    }

    private static Optional<String> problem(Runnable parse) {
        try {
            parse.run();
            return Optional.empty();
        } catch (ParseException | IllegalStateException e) {
            return Optional.of(e.getMessage());
        }
    }

    /**
     * Whether the condition holds. A condition that fails while evaluating (it reads an answer not given
     * yet, say) counts as false, so that an unanswered question never opens a way.
     */
    static boolean test(String condition, Map<String, Object> root) {
        try {
            Expression expression = CONDITIONS.computeIfAbsent(condition, PARSER::parseExpression);
            return Boolean.TRUE.equals(expression.getValue(CONTEXT, root, Boolean.class));
        } catch (EvaluationException e) {
            return false;
        }
    }

    /** The template with each {@code #{...}} replaced by its value; lists read as "a, b, c". */
    /** A sentence holding an empty quotation (‘’, "", “”), and empty brackets. */
    private static final Pattern EMPTY_QUOTE =
            Pattern.compile("[^.?!]*(?:‘’|''|\"\"|“”)[^.?!]*[.?!:]\\s*");
    private static final Pattern EMPTY_BRACKETS = Pattern.compile("\\s*\\(\\s*\\)");

    /** A rendered text without the sentences that quote an answer that is not there, and without "()". */
    static String withoutEmptyQuotes(String text) {
        if (text == null) {
            return null;
        }
        String cleaned = EMPTY_BRACKETS.matcher(EMPTY_QUOTE.matcher(text).replaceAll("")).replaceAll("");
        return cleaned.isBlank() ? text : cleaned.strip();
    }

    static String render(String template, Map<String, Object> root) {
        if (template == null) {
            return null;
        }
        Expression expression = TEMPLATES.computeIfAbsent(template, t -> PARSER.parseExpression(t, TEMPLATE));
        if (expression instanceof CompositeStringExpression composite) {
            StringBuilder out = new StringBuilder();
            for (Expression part : composite.getExpressions()) {
                out.append(valueOf(part, root));
            }
            return out.toString();
        }
        return valueOf(expression, root);
    }

    private static String valueOf(Expression part, Map<String, Object> root) {
        if (part instanceof LiteralExpression literal) {
            return literal.getExpressionString();
        }
        try {
            return display(part.getValue(CONTEXT, root));
        } catch (EvaluationException e) {
            return "";
        }
    }

    static String display(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Collection<?> items) {
            return items.stream().map(Expressions::display).collect(Collectors.joining(", "));
        }
        return value.toString();
    }
}
