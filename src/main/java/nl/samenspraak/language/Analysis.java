package nl.samenspraak.language;

import java.util.List;

/**
 * One text, analysed: its language ({@code nl} or {@code en}), its sentences, its keyphrases (best
 * first), the factor of the Gespreksmodel Vitaal Samenwerken it speaks to ({@code relatie},
 * {@code samenstelling}, {@code ambitie}, {@code belangen}, {@code organisatie-proces}, or
 * {@code unassigned} when the classifier is unsure), whether it is framed as a {@code problem} or as a
 * {@code future}, and the traits a probe can follow up on, each with its evidence.
 */
public record Analysis(String language, List<String> sentences, List<String> keyphrases,
                       Classification factor, Classification framing, List<Trait> traits) {
}
