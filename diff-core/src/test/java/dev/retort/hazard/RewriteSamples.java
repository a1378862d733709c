package dev.retort.hazard;

import dev.retort.diff.Change;
import dev.retort.model.CheckConstraint;
import dev.retort.model.Column;
import dev.retort.model.ForeignKey;
import dev.retort.model.GeneratedColumn;
import dev.retort.model.GeneratedKind;
import dev.retort.model.Identity;
import dev.retort.model.IdentityGeneration;
import dev.retort.model.Index;
import dev.retort.model.PrimaryKey;
import dev.retort.model.QualifiedName;
import dev.retort.model.SequenceOptions;
import dev.retort.model.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The changes {@link TableRewriteIT} applies: every variant the rules flag TABLE_REWRITE, and many they do not. */
final class RewriteSamples {

    static final QualifiedName T = QualifiedName.of("work", "t");

    private RewriteSamples() {
    }

    static List<RewriteSample> all() {
        List<RewriteSample> samples = new ArrayList<>(typeChanges());
        samples.addAll(addedColumns());
        samples.addAll(otherChanges());
        return samples;
    }

    private static List<RewriteSample> typeChanges() {
        return List.of(
                type("integer", "g", "bigint", true),
                type("smallint", "g", "integer", true),
                type("real", "g", "double precision", true),
                type("character varying(20)", "'abc'", "character varying(10)", true),
                type("text", "g::text", "integer", "c::integer", true),
                type("json", "'{\"a\": 1}'", "jsonb", true),
                type("jsonb", "'{\"a\": 1}'", "json", true),
                type("timestamp without time zone", "now()", "timestamp with time zone", true),
                type("integer", "g", "text", true),
                type("numeric(10,2)", "g", "numeric(12,3)", true),
                type("numeric(10,2)", "g", "numeric(8,2)", true),
                type("character varying(10)[]", "ARRAY['a']", "character varying(20)[]", true),
                type("character varying(10)", "'abc'", "character varying(20)", "upper(c)", true),
                type("character(5)", "'ab'", "character(8)", true),
                type("date", "current_date", "timestamp without time zone", true),
                type("timestamp(6) without time zone", "now()", "timestamp(0) without time zone", true),
                type("work.mood", "'sad'", "work.mood2", "(c)::text::work.mood2", true)
                        .withSetup("CREATE TYPE work.mood AS ENUM ('sad', 'happy')",
                                "CREATE TYPE work.mood2 AS ENUM ('sad')"),
                type("character varying(10)", "'abc'", "character varying(20)", false),
                type("character varying(10)", "'abc'", "text", false),
                type("text", "'abc'", "character varying", false),
                type("numeric(10,2)", "g", "numeric(12,2)", false),
                type("numeric(10,2)", "g", "numeric", false),
                type("timestamp(3) without time zone", "now()", "timestamp without time zone", false),
                type("interval(3)", "'1 day'", "interval", false),
                type("cidr", "'10.0.0.0/8'", "inet", false),
                type("bit varying(5)", "B'101'", "bit varying(8)", false),
                type("character varying(10)", "'abc'", "character varying(20)", "c::character varying(20)", false),
                RewriteSample.of("text", "'abc'", new Change.AlterColumnType(T, "c", "text", "text", Optional.empty(),
                        Optional.of(QualifiedName.of("pg_catalog", "C")), Optional.empty(), Optional.empty()), false));
    }

    private static List<RewriteSample> addedColumns() {
        Identity identity = new Identity(IdentityGeneration.BY_DEFAULT, "t_d_seq",
                SequenceOptions.defaults("bigint", 1));
        return List.of(
                add(Column.of("d", "bigint").withDefault("nextval('work.s'::regclass)"), true)
                        .withSetup("CREATE SEQUENCE work.s"),
                add(Column.of("d", "double precision").withDefault("random()"), true),
                add(Column.of("d", "timestamp with time zone").withDefault("clock_timestamp()"), true),
                add(Column.of("d", "uuid").withDefault("gen_random_uuid()").notNull(), true),
                add(Column.of("d", "bigint").withIdentity(identity), true),
                add(Column.of("d", "integer").withGenerated(GeneratedColumn.stored("(id * 2)")), true),
                add(Column.of("d", "character varying(20)"), false),
                add(Column.of("d", "text").withDefault("'x'::text").notNull(), false),
                add(Column.of("d", "timestamp with time zone").withDefault("now()").notNull(), false),
                add(Column.of("d", "timestamp without time zone").withDefault("timezone('UTC'::text, now())"), false),
                add(Column.of("d", "bigint").withDefault("txid_current()"), false),
                add(Column.of("d", "integer[]").withDefault("ARRAY[1, 2]"), false),
                add(Column.of("d", "integer").withGenerated(new GeneratedColumn("(id * 2)", GeneratedKind.VIRTUAL)),
                        false).since(18));
    }

    private static List<RewriteSample> otherChanges() {
        Identity identity = new Identity(IdentityGeneration.BY_DEFAULT, "t_c_seq",
                SequenceOptions.defaults("integer", 1));
        return List.of(
                other("integer", new Change.SetDefault(T, "c", Optional.empty(), "0")),
                other("integer DEFAULT 0", new Change.DropDefault(T, "c", "0")),
                other("integer NOT NULL", new Change.DropNotNull(T, "c")),
                other("integer", new Change.SetNotNull(T, "c")),
                other("integer", new Change.AddCheck(T, CheckConstraint.of("t_c_check", "(c > 0)"))),
                other("integer", new Change.RenameColumn(T, "c", "e")),
                other("integer", new Change.DropColumn(T, Column.of("c", "integer"))),
                other("integer NOT NULL", new Change.AddIdentity(T, "c", identity)),
                other("integer", new Change.AddUnique(T, UniqueConstraint.of("t_c_key", "c"))),
                other("integer", new Change.AddPrimaryKey(T, PrimaryKey.of("t_pkey", "c"))),
                other("integer", new Change.CreateIndex(T, Index.on("t_c_idx", "c"), false)),
                other("integer", new Change.AddForeignKey(T, ForeignKey.of("t_c_fkey", List.of("c"),
                        QualifiedName.of("work", "p"), List.of("id"))))
                        .withSetup("CREATE TABLE work.p (id integer PRIMARY KEY)",
                                "INSERT INTO work.p SELECT generate_series(1, 3)"));
    }

    private static RewriteSample type(String from, String value, String to, boolean rewrites) {
        return RewriteSample.of(from, value, new Change.AlterColumnType(T, "c", from, to, Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty()), rewrites);
    }

    private static RewriteSample type(String from, String value, String to, String using, boolean rewrites) {
        return RewriteSample.of(from, value, new Change.AlterColumnType(T, "c", from, to, Optional.empty(),
                Optional.empty(), Optional.of(using), Optional.empty()), rewrites);
    }

    private static RewriteSample add(Column column, boolean rewrites) {
        return RewriteSample.of("integer", "g", new Change.AddColumn(T, column), rewrites);
    }

    private static RewriteSample other(String columnDefinition, Change change) {
        return RewriteSample.of(columnDefinition, "g", change, false);
    }
}
