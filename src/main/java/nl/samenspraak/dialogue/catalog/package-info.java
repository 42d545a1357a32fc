/**
 * Reading dialogue files (YAML with lines, the JSON Schema, the model's rules) and the catalog of the dialogues
 * on offer, with the one check of a request's dialogue, mode and language ({@code DialogueCatalog.require}).
 */
@NamedInterface("catalog")
package nl.samenspraak.dialogue.catalog;

import org.springframework.modulith.NamedInterface;
