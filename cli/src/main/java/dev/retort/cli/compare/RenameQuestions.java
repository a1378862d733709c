package dev.retort.cli.compare;

import dev.retort.cli.terminal.Prompter;
import dev.retort.diff.Change;
import dev.retort.diff.RenameCandidate;
import dev.retort.diff.RenameHints;
import dev.retort.model.QualifiedName;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The rename question of {@code revision --autogenerate}: for each dropped and added pair that looks like one
 * object renamed and that no {@code --rename} covers, asks the user at the terminal, and turns each yes into a
 * rename hint. Without a user it never asks, so nothing is guessed. Each question is asked once per run.
 */
public final class RenameQuestions {

    private final Optional<Prompter> prompter;
    private final String firstSchema;
    private final Set<String> asked = new HashSet<>();

    private RenameQuestions(Optional<Prompter> prompter, String firstSchema) {
        this.prompter = prompter;
        this.firstSchema = firstSchema;
    }

    /** Questions nobody is asked: every candidate stays a drop and an add. */
    public static RenameQuestions never() {
        return new RenameQuestions(Optional.empty(), "");
    }

    /**
     * Questions put to {@code prompter}, if present, naming tables of {@code firstSchema} (the first managed
     * schema, where unqualified names point) without their schema.
     */
    public static RenameQuestions askingOn(Optional<Prompter> prompter, String firstSchema) {
        return new RenameQuestions(prompter, firstSchema);
    }

    /**
     * Asks about each candidate not asked yet and returns the renames confirmed.
     *
     * @param given the renames already applied: a column candidate names its table by the table's new name,
     *              a rename hint by the old one
     */
    RenameHints confirm(List<RenameCandidate> candidates, RenameHints given) {
        if (prompter.isEmpty()) {
            return RenameHints.none();
        }
        List<RenameHints.TableRename> tables = new ArrayList<>();
        List<RenameHints.ColumnRename> columns = new ArrayList<>();
        for (RenameCandidate candidate : candidates) {
            Optional<String> question = question(candidate);
            if (question.isEmpty() || !asked.add(question.get())
                    || !Prompter.isYes(prompter.get().ask(question.get()))) {
                continue;
            }
            if (candidate.drop() instanceof Change.DropColumn drop && candidate.add() instanceof Change.AddColumn add) {
                columns.add(new RenameHints.ColumnRename(oldName(drop.table(), given), drop.column().name(),
                        add.column().name()));
            } else if (candidate.drop() instanceof Change.DropTable drop
                    && candidate.add() instanceof Change.CreateTable add) {
                tables.add(new RenameHints.TableRename(drop.table().name(), add.table().name().name()));
            }
        }
        return new RenameHints(tables, columns);
    }

    /**
     * The question for a candidate, e.g. {@code Did you rename users.name to users.full_name (character
     * varying(255))? [y/N]}; none for a table moved to another schema, which a rename cannot express.
     */
    Optional<String> question(RenameCandidate candidate) {
        if (candidate.drop() instanceof Change.DropColumn drop && candidate.add() instanceof Change.AddColumn add) {
            String table = display(drop.table());
            return Optional.of(ask(table + "." + drop.column().name(), table + "." + add.column().name()
                    + " (" + add.column().type() + ")"));
        }
        if (candidate.drop() instanceof Change.DropTable drop && candidate.add() instanceof Change.CreateTable add
                && drop.table().name().schema().equals(add.table().name().schema())) {
            return Optional.of(ask(display(drop.table().name()), display(add.table().name())));
        }
        return Optional.empty();
    }

    private static String ask(String from, String to) {
        return "Did you rename " + from + " to " + to + "? [y/N]";
    }

    private String display(QualifiedName table) {
        return table.schema().equals(firstSchema) ? table.name() : table.toString();
    }

    private static QualifiedName oldName(QualifiedName table, RenameHints given) {
        return given.tables().stream().filter(r -> QualifiedName.of(r.from().schema(), r.to()).equals(table))
                .map(RenameHints.TableRename::from).findFirst().orElse(table);
    }
}
