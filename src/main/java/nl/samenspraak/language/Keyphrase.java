package nl.samenspraak.language;

import java.util.List;

/**
 * A keyphrase of a set of texts: the form most often written ({@code phrase}), the stems that group its
 * variants ({@code stem}, e.g. "vrijwillig" for "vrijwilliger" and "vrijwilligers"), its score, how often
 * it occurs in all texts together, and which texts (indexes into the list given) contain it, so that a
 * theme can show the answers it came from.
 */
public record Keyphrase(String phrase, String stem, double score, int count, List<Integer> texts) {
}
