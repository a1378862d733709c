package dev.retort.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.model.CheckConstraint;
import dev.retort.model.Column;
import dev.retort.model.EnumType;
import dev.retort.model.ForeignKey;
import dev.retort.model.Identity;
import dev.retort.model.IdentityGeneration;
import dev.retort.model.Index;
import dev.retort.model.PrimaryKey;
import dev.retort.model.QualifiedName;
import dev.retort.model.SchemaModel;
import dev.retort.model.Sequence;
import dev.retort.model.SequenceOptions;
import dev.retort.model.Table;
import dev.retort.model.UniqueConstraint;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SchemaDifferTest {

    private static final QualifiedName USERS = QualifiedName.of("public", "users");
    private static final QualifiedName ORDERS = QualifiedName.of("public", "orders");
    private static final Column ID = Column.of("id", "bigint").notNull();
    private static final Column NAME = Column.of("name", "character varying(255)");

    private static Table users(Column... extra) {
        List<Column> columns = new java.util.ArrayList<>(List.of(ID, NAME));
        columns.addAll(List.of(extra));
        return Table.of(USERS, columns).withPrimaryKey(PrimaryKey.of("users_pkey", "id"));
    }

    private static SchemaModel model(Table... tables) {
        return new SchemaModel(List.of("public"), List.of(), List.of(), List.of(tables));
    }

    private static SchemaDiff diff(SchemaModel current, SchemaModel target) {
        return SchemaDiffer.diff(current, target, RenameHints.none());
    }

    @Test
    void identicalModelsHaveNoChanges() {
        assertThat(diff(model(users()), model(users())).changes()).isEmpty();
    }

    @Test
    void addedNullableColumn() {
        Column phone = Column.of("phone", "character varying(20)");
        assertThat(diff(model(users()), model(users(phone))).changes())
                .containsExactly(new Change.AddColumn(USERS, phone));
    }

    @Test
    void droppedAndAddedColumnOfTheSameTypeIsARenameCandidateWithoutAHint() {
        Column fullName = Column.of("full_name", "character varying(255)");
        Table after = Table.of(USERS, List.of(ID, fullName)).withPrimaryKey(PrimaryKey.of("users_pkey", "id"));
        SchemaDiff result = diff(model(users()), model(after));
        Change drop = new Change.DropColumn(USERS, NAME);
        Change add = new Change.AddColumn(USERS, fullName);
        assertThat(result.changes()).containsExactly(drop, add);
        assertThat(result.renameCandidates()).containsExactly(
                new RenameCandidate(drop, add, "public.users.name", "public.users.full_name"));
    }

    @Test
    void columnRenameHintGivesOneRenameAndRewritesDependentExpressions() {
        Table before = users().withChecks(List.of(CheckConstraint.of("users_name_check",
                "(length((name)::text) > 0)")));
        Table after = Table.of(USERS, List.of(ID, NAME.withName("full_name")))
                .withPrimaryKey(PrimaryKey.of("users_pkey", "id"))
                .withChecks(List.of(CheckConstraint.of("users_name_check", "(length((full_name)::text) > 0)")));
        RenameHints hints = RenameHints.resolve(List.of(RenameHint.parse("users.name=full_name")), model(before));
        assertThat(SchemaDiffer.diff(model(before), model(after), hints).changes())
                .containsExactly(new Change.RenameColumn(USERS, "name", "full_name"));
    }

    @Test
    void tableRenameHintAlsoRenamesTheDerivedPrimaryKeyAndIdentitySequence() {
        Identity identity = new Identity(IdentityGeneration.BY_DEFAULT, "users_id_seq",
                SequenceOptions.defaults("bigint", 1));
        Table before = Table.of(USERS, List.of(ID.withIdentity(identity), NAME))
                .withPrimaryKey(PrimaryKey.of("users_pkey", "id"));
        QualifiedName customers = QualifiedName.of("public", "customers");
        Table after = Table.of(customers, List.of(ID.withIdentity(new Identity(IdentityGeneration.BY_DEFAULT,
                        "customers_id_seq", SequenceOptions.defaults("bigint", 1))), NAME))
                .withPrimaryKey(PrimaryKey.of("customers_pkey", "id"));
        RenameHints hints = RenameHints.resolve(List.of(RenameHint.parse("users=customers")), model(before));
        assertThat(SchemaDiffer.diff(model(before), model(after), hints).changes()).containsExactly(
                new Change.RenameTable(USERS, "customers"),
                new Change.RenameSequence(QualifiedName.of("public", "users_id_seq"), "customers_id_seq"),
                new Change.RenameConstraint(customers, "users_pkey", "customers_pkey"));
    }

    @Test
    void aRenamedSerialSequenceIsNotAlsoADefaultChange() {
        Column number = Column.of("number", "integer").notNull()
                .withDefault("nextval('public.users_number_seq'::regclass)");
        Sequence serial = Sequence.of(QualifiedName.of("public", "users_number_seq"),
                SequenceOptions.defaults("integer", 1)).ownedBy(USERS, "number");
        QualifiedName customers = QualifiedName.of("public", "customers");
        Table after = Table.of(customers, List.of(ID, NAME,
                        number.withDefault("nextval('public.customers_number_seq'::regclass)")))
                .withPrimaryKey(PrimaryKey.of("customers_pkey", "id"));
        Sequence renamed = Sequence.of(QualifiedName.of("public", "customers_number_seq"),
                SequenceOptions.defaults("integer", 1)).ownedBy(customers, "number");
        SchemaModel before = model(users(number)).withSequences(List.of(serial));
        RenameHints hints = RenameHints.resolve(List.of(RenameHint.parse("users=customers")), before);
        assertThat(SchemaDiffer.diff(before, model(after).withSequences(List.of(renamed)), hints).changes())
                .containsExactly(new Change.RenameTable(USERS, "customers"),
                        new Change.RenameSequence(serial.name(), "customers_number_seq"),
                        new Change.RenameConstraint(customers, "users_pkey", "customers_pkey"));
    }

    @Test
    void droppedAndAddedTableWithTheSameColumnsIsACandidate() {
        QualifiedName people = QualifiedName.of("public", "people");
        Table after = Table.of(people, List.of(ID, NAME)).withPrimaryKey(PrimaryKey.of("people_pkey", "id"));
        SchemaDiff result = diff(model(users()), model(after));
        assertThat(result.changes()).containsExactly(new Change.DropTable(users()), new Change.CreateTable(after));
        assertThat(result.renameCandidates()).extracting(RenameCandidate::droppedName, RenameCandidate::addedName)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("public.users", "public.people"));
    }

    @Test
    void aTableMovedToAnotherSchemaUnderItsNameIsACandidateAndAnUnrelatedOneIsNot() {
        QualifiedName moved = QualifiedName.of("sales", "users");
        Table after = Table.of(moved, List.of(ID, NAME)).withPrimaryKey(PrimaryKey.of("users_pkey", "id"));
        Table elsewhere = Table.of(QualifiedName.of("sales", "people"), List.of(ID, NAME));
        SchemaModel target = new SchemaModel(List.of("public", "sales"), List.of(), List.of(), List.of(after));
        SchemaModel unrelated = new SchemaModel(List.of("public", "sales"), List.of(), List.of(), List.of(elsewhere));
        assertThat(diff(model(users()), target).renameCandidates())
                .extracting(RenameCandidate::droppedName, RenameCandidate::addedName)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("public.users", "sales.users"));
        assertThat(diff(model(users()), unrelated).renameCandidates()).isEmpty();
    }

    @Test
    void columnAttributesEachBecomeTheirOwnChange() {
        Column before = Column.of("email", "character varying(100)").withDefault("'x'::character varying");
        Column after = Column.of("email", "character varying(255)").notNull().withComment("mail");
        assertThat(diff(model(users(before)), model(users(after))).changes()).containsExactly(
                new Change.AlterColumnType(USERS, "email", "character varying(100)", "character varying(255)",
                        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()),
                new Change.DropDefault(USERS, "email", "'x'::character varying"),
                new Change.SetNotNull(USERS, "email"),
                new Change.SetComment(USERS, Optional.of("email"), Optional.empty(), Optional.of("mail")));
    }

    @Test
    void constraintsAndIndexesWithOnlyANewNameAreRenamed() {
        Table before = users().withUniqueConstraints(List.of(UniqueConstraint.of("uk_old", "name")))
                .withIndexes(List.of(Index.on("idx_old", "name")));
        Table after = users().withUniqueConstraints(List.of(UniqueConstraint.of("users_name_key", "name")))
                .withIndexes(List.of(Index.on("idx_new", "name")));
        assertThat(diff(model(before), model(after)).changes()).containsExactly(
                new Change.RenameConstraint(USERS, "uk_old", "users_name_key"),
                new Change.RenameIndex(USERS, "idx_old", "idx_new"));
    }

    @Test
    void changedDefinitionUnderTheSameNameIsDropAndAdd() {
        Table before = users().withIndexes(List.of(Index.on("users_name_idx", "name")));
        Table after = users().withIndexes(List.of(Index.on("users_name_idx", "name").asUnique()));
        assertThat(diff(model(before), model(after)).changes()).containsExactly(
                new Change.DropIndex(USERS, Index.on("users_name_idx", "name"), false),
                new Change.CreateIndex(USERS, Index.on("users_name_idx", "name").asUnique(), false));
    }

    @Test
    void newTableBringsItsIndexesAndForeignKeysAsSeparateChanges() {
        ForeignKey fk = ForeignKey.of("fk_user", List.of("user_id"), USERS, List.of("id"));
        Table orders = Table.of(ORDERS, List.of(ID, Column.of("user_id", "bigint")))
                .withPrimaryKey(PrimaryKey.of("orders_pkey", "id")).withForeignKeys(List.of(fk))
                .withIndexes(List.of(Index.on("orders_user_idx", "user_id")));
        assertThat(diff(model(users()), model(users(), orders)).changes()).containsExactly(
                new Change.CreateTable(orders),
                new Change.CreateIndex(ORDERS, Index.on("orders_user_idx", "user_id"), false),
                new Change.AddForeignKey(ORDERS, fk));
    }

    @Test
    void enumLabelsAreAddedWhereTheTargetOrdersThemAndRemovalsAreReported() {
        QualifiedName mood = QualifiedName.of("public", "mood");
        SchemaModel before = model().withEnums(List.of(EnumType.of(mood, "sad", "happy", "meh")));
        SchemaModel after = model().withEnums(List.of(EnumType.of(mood, "angry", "sad", "ok", "fine", "happy")));
        assertThat(diff(before, after).changes()).containsExactly(
                new Change.DropEnumValue(mood, "meh", Optional.empty()),
                new Change.AddEnumValue(mood, "fine", Optional.of("happy")),
                new Change.AddEnumValue(mood, "ok", Optional.of("fine")),
                new Change.AddEnumValue(mood, "angry", Optional.of("sad")));
    }

    @Test
    void sequencesAreCreatedAlteredAndDropped() {
        Sequence s = Sequence.of(QualifiedName.of("public", "s"), SequenceOptions.defaults("bigint", 50));
        Sequence gone = Sequence.of(QualifiedName.of("public", "gone"), SequenceOptions.defaults("integer", 1));
        SchemaModel before = model().withSequences(List.of(s, gone));
        SchemaModel after = model().withSequences(List.of(Sequence.of(s.name(), s.options().withCache(10))));
        assertThat(diff(before, after).changes()).containsExactly(
                new Change.AlterSequence(s.name(), s.options(), s.options().withCache(10)),
                new Change.DropSequence(gone));
    }

    @Test
    void unknownRenameHintIsAClearError() {
        assertThatThrownBy(() -> RenameHints.resolve(List.of(RenameHint.parse("users.nope=x")), model(users())))
                .hasMessage("--rename users.nope=x: the database has no table or column users.nope in schemas [public]");
        assertThatThrownBy(() -> RenameHint.parse("users.name"))
                .hasMessageStartingWith("--rename users.name: expected OLD=NEW");
    }

    @Test
    void everyChangeKindHasAPlanStep() {
        for (Change change : SampleChanges.all()) {
            assertThat(ChangeOrder.step(change)).as(change.op()).isBetween(0, 29);
        }
    }

    @Test
    void orderPutsForeignKeysAfterTablesAndDropsAfterTheirDependents() {
        ForeignKey fk = ForeignKey.of("fk_user", List.of("user_id"), USERS, List.of("id"));
        Change addFk = new Change.AddForeignKey(ORDERS, fk);
        Change createUsers = new Change.CreateTable(users());
        Change dropColumn = new Change.DropColumn(USERS, NAME);
        Change dropIndex = new Change.DropIndex(USERS, Index.on("users_name_idx", "name"), false);
        Change createSchema = new Change.CreateSchema("sales");
        assertThat(ChangeOrder.sort(List.of(addFk, dropColumn, createUsers, dropIndex, createSchema)))
                .containsExactly(createSchema, dropIndex, createUsers, dropColumn, addFk);
    }
}
