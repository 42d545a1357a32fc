package nl.samenspraak.dialogue;

/** Where a method or a canonical question is described: a citation, and the file and lines in the sources. */
public record SourceRef(String cite, String file, String lines) {
}
