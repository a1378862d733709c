package dev.retort.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ChangeTest {

    /** The operation names CONTRACT.md section 6 fixes, plus the kinds added since. */
    private static final Set<String> CONTRACT_OPS = Set.of("create_schema", "drop_schema", "create_table",
            "drop_table", "rename_table", "add_column", "drop_column", "rename_column", "alter_column_type",
            "set_not_null", "drop_not_null", "set_default", "drop_default", "add_identity", "drop_identity",
            "add_primary_key", "drop_primary_key", "add_unique", "drop_unique", "add_foreign_key",
            "drop_foreign_key", "add_check", "drop_check", "create_index", "drop_index", "create_enum", "drop_enum",
            "add_enum_value", "create_sequence", "drop_sequence", "alter_sequence", "rename_constraint",
            "rename_index", "rename_sequence", "set_comment", "execute");
    private static final Set<String> ADDED_OPS = Set.of("drop_enum_value", "set_sequence_owner", "backfill");

    @Test
    void samplesCoverEveryPermittedKind() {
        Set<Class<?>> sampled = SampleChanges.all().stream().map(Object::getClass).collect(Collectors.toSet());
        assertThat(sampled).containsExactlyInAnyOrder(Change.class.getPermittedSubclasses());
    }

    @Test
    void everyContractOperationNameIsProducedAndNoOther() {
        Set<String> ops = SampleChanges.all().stream().map(Change::op).collect(Collectors.toSet());
        Set<String> expected = new HashSet<>(CONTRACT_OPS);
        expected.addAll(ADDED_OPS);
        assertThat(ops).isEqualTo(expected);
    }

    @Test
    void reverseOfReverseIsTheOriginal() {
        for (Change change : SampleChanges.all()) {
            assertThat(change.reverse().reverse()).as(change.op()).isEqualTo(change);
        }
    }

    @Test
    void reverseUndoesTheOperationKind() {
        List<String> pairs = SampleChanges.all().stream()
                .map(c -> c.op() + "->" + c.reverse().op()).distinct().sorted().toList();
        assertThat(pairs).contains("create_table->drop_table", "drop_column->add_column",
                "set_default->drop_default", "set_default->set_default", "drop_default->set_default",
                "add_enum_value->drop_enum_value", "rename_table->rename_table", "execute->execute");
        assertThat(Arrays.stream(Change.class.getPermittedSubclasses()).count()).isEqualTo(39);
    }
}
