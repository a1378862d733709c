package dev.retort.sql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.model.Index;
import dev.retort.model.IndexKey;
import dev.retort.model.QualifiedName;
import java.util.List;
import org.junit.jupiter.api.Test;

class IndexDdlTest {

    private static final QualifiedName USERS = QualifiedName.of("app", "User");

    @Test
    void plainBtreeIndex() {
        assertThat(CreateDdl.createIndex(USERS, Index.on("user_email_idx", "email", "Name")))
                .isEqualTo("CREATE INDEX user_email_idx ON app.\"User\" USING btree (email, \"Name\")");
    }

    @Test
    void uniquePartialIndexWithIncludeAndNullsNotDistinct() {
        Index index = Index.on("Uq", "email").withNullsNotDistinct().withInclude("id", "group")
                .withPredicate("(deleted_at IS NULL)");
        assertThat(CreateDdl.createIndex(USERS, index)).isEqualTo("CREATE UNIQUE INDEX \"Uq\" ON app.\"User\""
                + " USING btree (email) INCLUDE (id, \"group\") NULLS NOT DISTINCT WHERE (deleted_at IS NULL)");
    }

    @Test
    void expressionKeysAreParenthesised() {
        Index index = Index.on("lower_email", "email").withKeys(List.of(IndexKey.expression("lower(email)"),
                IndexKey.expression("(a + b)")));
        assertThat(CreateDdl.createIndex(USERS, index))
                .isEqualTo("CREATE INDEX lower_email ON app.\"User\" USING btree ((lower(email)), ((a + b)))");
    }

    @Test
    void keyCollationOpclassAndDirection() {
        IndexKey key = IndexKey.column("name").withCollation(QualifiedName.of("pg_catalog", "C"))
                .withOpclass(QualifiedName.of("pg_catalog", "text_pattern_ops")).sortedDescending();
        assertThat(CreateDdl.createIndex(USERS, Index.on("i", "name").withKeys(List.of(key))))
                .isEqualTo("CREATE INDEX i ON app.\"User\" USING btree"
                        + " (name COLLATE pg_catalog.\"C\" pg_catalog.text_pattern_ops DESC)");
    }

    @Test
    void nullsOrderOnlyWhenNotTheDirectionsDefault() {
        List<IndexKey> keys = List.of(
                IndexKey.column("a"),
                IndexKey.column("b").withNullsFirst(true),
                IndexKey.column("c").sortedDescending(),
                IndexKey.column("d").sortedDescending().withNullsFirst(false));
        assertThat(CreateDdl.createIndex(USERS, Index.on("i", "a").withKeys(keys))).isEqualTo(
                "CREATE INDEX i ON app.\"User\" USING btree (a, b NULLS FIRST, c DESC, d DESC NULLS LAST)");
    }

    @Test
    void otherAccessMethod() {
        Index index = Index.on("tags_gin", "tags").withMethod("gin");
        assertThat(CreateDdl.createIndex(USERS, index))
                .isEqualTo("CREATE INDEX tags_gin ON app.\"User\" USING gin (tags)");
    }
}
