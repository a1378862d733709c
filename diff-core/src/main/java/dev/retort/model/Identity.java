package dev.retort.model;

/**
 * An identity column's generation and its implicit sequence: the sequence's name (in the table's schema) and
 * its options.
 */
public record Identity(IdentityGeneration generation, String sequenceName, SequenceOptions options) {

    public Identity {
        Canonical.required(generation, "identity generation");
        Canonical.name(sequenceName, "identity sequence name");
        Canonical.required(options, "identity sequence options");
    }
}
