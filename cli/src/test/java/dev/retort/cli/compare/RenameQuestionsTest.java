package dev.retort.cli.compare;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.cli.ScriptedUser;
import dev.retort.diff.Change;
import dev.retort.diff.RenameCandidate;
import dev.retort.diff.RenameHints;
import dev.retort.model.Column;
import dev.retort.model.QualifiedName;
import dev.retort.model.Table;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The wording of the rename question, which answers confirm, and the hints a yes becomes. */
class RenameQuestionsTest {

    private static final QualifiedName USERS = QualifiedName.of("public", "users");
    private static final QualifiedName SALES_USERS = QualifiedName.of("sales", "users");

    private static RenameCandidate column(QualifiedName table, String from, String to, String type) {
        return new RenameCandidate(new Change.DropColumn(table, Column.of(from, type)),
                new Change.AddColumn(table, Column.of(to, type)), table + "." + from, table + "." + to);
    }

    private static RenameCandidate table(QualifiedName from, QualifiedName to) {
        List<Column> columns = List.of(Column.of("id", "bigint"));
        return new RenameCandidate(new Change.DropTable(Table.of(from, columns)),
                new Change.CreateTable(Table.of(to, columns)), from.toString(), to.toString());
    }

    private static RenameQuestions asking(ScriptedUser user) {
        return RenameQuestions.askingOn(Optional.of(user), "public");
    }

    @Test
    void questionsNameTablesOfTheFirstSchemaBareAndOthersQualified() {
        RenameQuestions questions = asking(ScriptedUser.answering());
        assertThat(questions.question(column(USERS, "name", "full_name", "character varying(255)")))
                .contains("Did you rename users.name to users.full_name (character varying(255))? [y/N]");
        assertThat(questions.question(column(SALES_USERS, "name", "full_name", "text")))
                .contains("Did you rename sales.users.name to sales.users.full_name (text)? [y/N]");
        assertThat(questions.question(table(USERS, QualifiedName.of("public", "customers"))))
                .contains("Did you rename users to customers? [y/N]");
        assertThat(questions.question(table(SALES_USERS, QualifiedName.of("sales", "customers"))))
                .contains("Did you rename sales.users to sales.customers? [y/N]");
    }

    @Test
    void aTableMovedToAnotherSchemaIsNotAsked() {
        ScriptedUser user = ScriptedUser.answering("y");
        RenameHints confirmed = asking(user).confirm(List.of(table(USERS, SALES_USERS)), RenameHints.none());
        assertThat(user.questions()).isEmpty();
        assertThat(confirmed).isEqualTo(RenameHints.none());
    }

    @Test
    void yAndYesInAnyCaseConfirmAndEverythingElseDeclines() {
        List<String> answers = List.of("y", "YES", " Yes ", "n", "", "yess", "oui");
        ScriptedUser user = ScriptedUser.answering(answers.toArray(String[]::new));
        List<RenameCandidate> candidates = answers.stream().map(a -> column(USERS, "c" + a.strip(), "d" + a.strip(),
                "integer")).toList();
        RenameHints confirmed = asking(user).confirm(candidates, RenameHints.none());
        assertThat(confirmed.columns()).containsExactly(new RenameHints.ColumnRename(USERS, "cy", "dy"),
                new RenameHints.ColumnRename(USERS, "cYES", "dYES"),
                new RenameHints.ColumnRename(USERS, "cYes", "dYes"));
        assertThat(confirmed.tables()).isEmpty();
        assertThat(user.questions()).hasSize(7);
    }

    @Test
    void theEndOfInputIsNo() {
        ScriptedUser user = ScriptedUser.answering();
        RenameHints confirmed = asking(user).confirm(List.of(table(USERS, QualifiedName.of("public", "customers"))),
                RenameHints.none());
        assertThat(user.questions()).containsExactly("Did you rename users to customers? [y/N]");
        assertThat(confirmed).isEqualTo(RenameHints.none());
    }

    @Test
    void eachQuestionIsAskedOnceAndAConfirmedTableRenameIsAHint() {
        ScriptedUser user = ScriptedUser.answering("y", "y");
        RenameQuestions questions = asking(user);
        List<RenameCandidate> candidates = List.of(table(USERS, QualifiedName.of("public", "customers")));
        assertThat(questions.confirm(candidates, RenameHints.none())).isEqualTo(new RenameHints(
                List.of(new RenameHints.TableRename(USERS, "customers")), List.of()));
        assertThat(questions.confirm(candidates, RenameHints.none())).isEqualTo(RenameHints.none());
        assertThat(user.questions()).hasSize(1);
    }

    @Test
    void aColumnOfARenamedTableIsHintedUnderTheTablesOldName() {
        ScriptedUser user = ScriptedUser.answering("yes");
        RenameHints given = new RenameHints(List.of(new RenameHints.TableRename(USERS, "customers")), List.of());
        RenameHints confirmed = asking(user).confirm(List.of(column(QualifiedName.of("public", "customers"),
                "name", "full_name", "text")), given);
        assertThat(user.questions()).containsExactly("Did you rename customers.name to customers.full_name (text)?"
                + " [y/N]");
        assertThat(confirmed.columns()).containsExactly(new RenameHints.ColumnRename(USERS, "name", "full_name"));
    }

    @Test
    void withoutAUserNothingIsAsked() {
        RenameHints confirmed = RenameQuestions.never().confirm(List.of(column(USERS, "name", "full_name", "text")),
                RenameHints.none());
        assertThat(confirmed).isEqualTo(RenameHints.none());
    }
}
