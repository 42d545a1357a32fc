/**
 * The offline language pipeline (OpenNLP, morfologik, lexicon, classifiers); it implements the engine's
 * {@code AnswerAnalysis} port, so that the engine works without it.
 */
@ApplicationModule(allowedDependencies = {"dialogue", "web"})
package nl.samenspraak.language;

import org.springframework.modulith.ApplicationModule;
