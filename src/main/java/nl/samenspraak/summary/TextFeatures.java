package nl.samenspraak.summary;

import nl.samenspraak.language.TextProfile;

import java.util.List;
import java.util.Set;

/**
 * What a summary needs from language analysis, each text read in the language it is written in (the
 * summary's language only where a text is too short to tell): its sentences, its profile (weighted terms and
 * noun phrases), the factor of the Gespreksmodel Vitaal Samenwerken it speaks to, the condition a
 * commitment is tied to, and the words of a question (which are never a theme of its answers).
 */
interface TextFeatures {

    List<String> sentences(String text, String language);

    TextProfile profile(String text, String language);

    String factor(String text, String language);

    /** The condition clause of a conditional commitment ("als de financiering structureel is"), or null. */
    String condition(String text, String language);

    /** The term keys of a question's own words, in both languages. */
    Set<String> questionKeys(List<String> prompts);
}
