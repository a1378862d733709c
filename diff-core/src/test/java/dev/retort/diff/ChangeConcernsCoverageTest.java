package dev.retort.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.sql.ChangeSql;
import dev.retort.sql.UnsupportedChangeException;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Walks the sealed change hierarchy and proves that the SQL, the review line and the JSON fields each handle
 * every kind: a kind missing from one of them makes it throw, and each answer must have the right shape.
 */
class ChangeConcernsCoverageTest {

    private static final Set<String> NO_TABLE = Set.of("create_schema", "drop_schema", "create_enum", "drop_enum",
            "add_enum_value", "drop_enum_value", "create_sequence", "drop_sequence", "alter_sequence",
            "rename_sequence", "set_sequence_owner", "execute");
    private static final Set<String> WHOLE_TABLE = Set.of("create_table", "drop_table", "rename_table");
    private static final Set<String> RENAMES = Set.of("rename_table", "rename_column", "rename_constraint",
            "rename_index", "rename_sequence");
    private static final Set<String> ENUM_VALUES = Set.of("add_enum_value", "drop_enum_value");

    @Test
    void everyPermittedKindHasSamples() {
        for (Class<?> kind : Change.class.getPermittedSubclasses()) {
            assertThat(samplesOf(kind)).as(kind.getSimpleName()).isNotEmpty();
        }
    }

    @Test
    void everyKindHasSqlOrSaysWhyNot() {
        for (Class<?> kind : Change.class.getPermittedSubclasses()) {
            for (Change change : samplesOf(kind)) {
                if (change instanceof Change.DropEnumValue) {
                    assertThatThrownBy(() -> ChangeSql.statements(change))
                            .isInstanceOf(UnsupportedChangeException.class).hasMessageContaining("R12");
                } else if (change instanceof Change.Backfill backfill && backfill.value().isEmpty()) {
                    assertThatThrownBy(() -> ChangeSql.statements(change))
                            .isInstanceOf(UnsupportedChangeException.class).hasMessageContaining("has no value yet");
                } else if (change instanceof Change.Execute execute && execute.sql().isEmpty()) {
                    assertThat(ChangeSql.statements(change)).isEmpty();
                } else {
                    assertThat(ChangeSql.statements(change)).as(change.toString()).isNotEmpty()
                            .allSatisfy(sql -> assertThat(sql).isNotBlank().doesNotContain("CASCADE"));
                }
            }
        }
    }

    @Test
    void everyKindHasAOneLineTextNamingItsOperation() {
        for (Class<?> kind : Change.class.getPermittedSubclasses()) {
            for (Change change : samplesOf(kind)) {
                String words = String.join(".*\\b", change.op().split("_"));
                assertThat(ChangeText.describe(change)).as(change.toString()).doesNotContain("\n")
                        .containsPattern(Pattern.compile("^" + words + "\\b"));
            }
        }
    }

    @Test
    void everyKindHasJsonFieldsAsTheContractDefinesThem() {
        for (Class<?> kind : Change.class.getPermittedSubclasses()) {
            for (Change change : samplesOf(kind)) {
                String op = change.op();
                boolean tableComment = change instanceof Change.SetComment c && c.column().isEmpty();
                assertThat(ChangeFields.table(change).isPresent()).as(op + " table").isEqualTo(!NO_TABLE.contains(op));
                assertThat(ChangeFields.object(change).isPresent()).as(op + " object")
                        .isEqualTo(!WHOLE_TABLE.contains(op) && !tableComment && !op.equals("execute"));
                assertThat(ChangeFields.newName(change).isPresent()).as(op + " new_name")
                        .isEqualTo(RENAMES.contains(op));
                assertThat(ChangeFields.value(change).isPresent()).as(op + " value")
                        .isEqualTo(ENUM_VALUES.contains(op));
            }
        }
    }

    private static List<Change> samplesOf(Class<?> kind) {
        return SampleChanges.allWithVariants().stream().filter(kind::isInstance).toList();
    }
}
