package dev.retort.scan;

import dev.retort.model.SchemaModel;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * What a scan produced: the target schema model, the entities found (sorted by class name) with the tables and
 * columns each maps to, and the warnings about what the model cannot represent faithfully.
 */
public record ScanResult(SchemaModel model, List<EntityMapping> entities, List<ScanWarning> warnings) {

    public ScanResult {
        Objects.requireNonNull(model, "model must not be null");
        entities = entities.stream().sorted(Comparator.comparing(EntityMapping::className)).toList();
        warnings = List.copyOf(warnings);
    }
}
