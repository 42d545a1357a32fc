package nl.samenspraak.summary;

import java.util.List;

/**
 * What a summary needs from language analysis: the content words of a text (each word's stem, so that
 * "vrijwilliger" and "vrijwilligers" are one term, and the word as written; stop words left out; in text
 * order), and the factor of the Gespreksmodel Vitaal Samenwerken a text speaks to.
 */
interface TextFeatures {

    List<Term> terms(String text, String language);

    String factor(String text, String language);

    record Term(String stem, String surface) {
    }
}
