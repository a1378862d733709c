package dev.retort.hazard;

import dev.retort.diff.Change;
import java.util.List;

/**
 * The hazards of one change in its context, exactly as HAZARDS.md defines the flags: the only place that knows
 * PostgreSQL's lock and rewrite behaviour. Every flag is reported whatever the table's size; whether it stops
 * {@code upgrade} is {@link Hazard#blocks(boolean)} with {@link HazardContext#tableMayHaveRows()}.
 */
public final class HazardRules {

    private HazardRules() {
    }

    /** The findings for the change, one per flag, in the order of {@link Hazard}'s constants. */
    public static List<HazardFinding> assess(Change change, HazardContext context) {
        Findings findings = new Findings(context);
        dispatch(change, findings);
        context.renameCandidate().ifPresent(candidate -> findings.addAlways(Hazard.NEEDS_HUMAN_INPUT,
                "This " + change.op() + " and " + candidate + " look like one rename (X1): as a drop and an add the"
                        + " values are lost.", Recipes.RENAME));
        return findings.list();
    }

    /** The flags of {@link #assess}, for callers that need no explanations. */
    public static List<Hazard> flags(Change change, HazardContext context) {
        return assess(change, context).stream().map(HazardFinding::hazard).toList();
    }

    /**
     * One branch per change kind. Creating a schema, table (T1: its foreign keys are separate changes), enum type
     * (E1) or sequence (S1), comments (M1: SHARE UPDATE EXCLUSIVE only) and a sequence's OWNED BY (catalog
     * only) have no hazard.
     */
    private static void dispatch(Change change, Findings f) {
        if (change instanceof Change.CreateSchema || change instanceof Change.CreateTable
                || change instanceof Change.CreateEnum || change instanceof Change.CreateSequence
                || change instanceof Change.SetComment || change instanceof Change.SetSequenceOwner) {
            return;
        }
        if (change instanceof Change.DropSchema c) {
            TableRules.dropSchema(c, f);
        } else if (change instanceof Change.DropTable c) {
            TableRules.dropTable(c, f);
        } else if (change instanceof Change.RenameTable c) {
            TableRules.renameTable(c, f);
        } else if (change instanceof Change.AddColumn c) {
            ColumnRules.addColumn(c, f);
        } else if (change instanceof Change.DropColumn c) {
            ColumnRules.dropColumn(c, f);
        } else if (change instanceof Change.RenameColumn c) {
            ColumnRules.renameColumn(c, f);
        } else if (change instanceof Change.AlterColumnType c) {
            TypeChangeRules.alterColumnType(c, f);
        } else if (change instanceof Change.SetNotNull c) {
            NullabilityRules.setNotNull(c, f);
        } else if (change instanceof Change.DropNotNull c) {
            NullabilityRules.dropNotNull(c, f);
        } else if (change instanceof Change.SetDefault c) {
            NullabilityRules.setDefault(c, f);
        } else if (change instanceof Change.DropDefault c) {
            NullabilityRules.dropDefault(c, f);
        } else if (change instanceof Change.AddIdentity c) {
            NullabilityRules.addIdentity(c, f);
        } else if (change instanceof Change.Backfill c) {
            NullabilityRules.backfill(c, f);
        } else if (change instanceof Change.DropIdentity c) {
            NullabilityRules.dropIdentity(c, f);
        } else if (change instanceof Change.AddPrimaryKey c) {
            ConstraintRules.addPrimaryKey(c, f);
        } else if (change instanceof Change.DropPrimaryKey c) {
            ConstraintRules.dropPrimaryKey(c, f);
        } else if (change instanceof Change.AddUnique c) {
            ConstraintRules.addUnique(c, f);
        } else if (change instanceof Change.DropUnique c) {
            ConstraintRules.dropUnique(c, f);
        } else if (change instanceof Change.AddForeignKey c) {
            ForeignKeyRules.addForeignKey(c, f);
        } else if (change instanceof Change.DropForeignKey c) {
            ForeignKeyRules.dropForeignKey(c, f);
        } else if (change instanceof Change.AddCheck c) {
            ConstraintRules.addCheck(c, f);
        } else if (change instanceof Change.DropCheck c) {
            ConstraintRules.dropCheck(c, f);
        } else if (change instanceof Change.CreateIndex c) {
            IndexRules.createIndex(c, f);
        } else if (change instanceof Change.DropIndex c) {
            IndexRules.dropIndex(c, f);
        } else if (change instanceof Change.DropEnum c) {
            EnumRules.dropEnum(c, f);
        } else if (change instanceof Change.AddEnumValue c) {
            EnumRules.addEnumValue(c, f);
        } else if (change instanceof Change.DropEnumValue c) {
            EnumRules.dropEnumValue(c, f);
        } else if (change instanceof Change.DropSequence c) {
            SequenceRules.dropSequence(c, f);
        } else if (change instanceof Change.AlterSequence c) {
            SequenceRules.alterSequence(c, f);
        } else if (change instanceof Change.RenameConstraint c) {
            ConstraintRules.renameConstraint(c, f);
        } else if (change instanceof Change.RenameIndex c) {
            IndexRules.renameIndex(c, f);
        } else if (change instanceof Change.RenameSequence c) {
            SequenceRules.renameSequence(c, f);
        } else if (change instanceof Change.Execute c) {
            TableRules.execute(c, f);
        } else {
            throw new IllegalArgumentException("no hazard rule for change kind " + change.op());
        }
    }
}
