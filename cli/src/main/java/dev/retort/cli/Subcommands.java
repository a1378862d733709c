package dev.retort.cli;

import dev.retort.cli.command.BaselineCommand;
import dev.retort.cli.command.BranchesCommand;
import dev.retort.cli.command.CheckCommand;
import dev.retort.cli.command.CurrentCommand;
import dev.retort.cli.command.DiffCommand;
import dev.retort.cli.command.DowngradeCommand;
import dev.retort.cli.command.EntitiesCommand;
import dev.retort.cli.command.HeadsCommand;
import dev.retort.cli.command.HistoryCommand;
import dev.retort.cli.command.InitCommand;
import dev.retort.cli.command.MergeCommand;
import dev.retort.cli.command.ReviewCommand;
import dev.retort.cli.command.RevisionCommand;
import dev.retort.cli.command.ShowCommand;
import dev.retort.cli.command.StampCommand;
import dev.retort.cli.command.UpgradeCommand;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine;

/**
 * The subcommands of {@code retort}, in the order its usage lists them, and which of them a command line needs.
 *
 * <p>Why not picocli's {@code subcommands} attribute: picocli then builds the model of every command (reflecting
 * on each option, mixin and annotation) before it parses anything, about 0.2 s of a run that uses one of them.
 * A command line that names a command gets only that one; anything else (no command, an unknown one, an option
 * first, {@code help}) gets all of them, so usage listings and "did you mean" suggestions are unchanged.
 */
final class Subcommands {

    /** Every subcommand by the name its {@code @Command} gives it, in usage order. */
    static final Map<String, Class<?>> ALL = ordered(List.of(
            Map.entry("init", InitCommand.class),
            Map.entry("entities", EntitiesCommand.class),
            Map.entry("diff", DiffCommand.class),
            Map.entry("check", CheckCommand.class),
            Map.entry("revision", RevisionCommand.class),
            Map.entry("upgrade", UpgradeCommand.class),
            Map.entry("downgrade", DowngradeCommand.class),
            Map.entry("current", CurrentCommand.class),
            Map.entry("stamp", StampCommand.class),
            Map.entry("history", HistoryCommand.class),
            Map.entry("heads", HeadsCommand.class),
            Map.entry("branches", BranchesCommand.class),
            Map.entry("show", ShowCommand.class),
            Map.entry("merge", MergeCommand.class),
            Map.entry("review", ReviewCommand.class),
            Map.entry("baseline", BaselineCommand.class),
            Map.entry("help", CommandLine.HelpCommand.class)));

    /** The options every command takes that may also come before the command's name, as with {@code alembic -c}. */
    private static final List<String> LEADING_FLAGS = List.of("--verbose", "--no-color");
    private static final String CONFIG = "--config";

    private Subcommands() {
    }

    /**
     * {@code args} with the options every command takes ({@code --config FILE}, {@code --verbose},
     * {@code --no-color}) moved from before the command's name to just after it, so that {@code retort --config
     * FILE upgrade head} means {@code retort upgrade --config FILE head}. Anything else is returned as it is.
     */
    static String[] withLeadingOptionsAfterCommand(String[] args) {
        int first = 0;
        while (first < args.length) {
            if (LEADING_FLAGS.contains(args[first]) || args[first].startsWith(CONFIG + "=")) {
                first++;
            } else if (args[first].equals(CONFIG) && first + 1 < args.length) {
                first += 2;
            } else {
                break;
            }
        }
        if (first == 0 || first == args.length || args[first].equals("help") || !ALL.containsKey(args[first])) {
            return args;
        }
        List<String> moved = new ArrayList<>();
        moved.add(args[first]);
        moved.addAll(Arrays.asList(args).subList(0, first));
        moved.addAll(Arrays.asList(args).subList(first + 1, args.length));
        return moved.toArray(String[]::new);
    }

    /** Adds to {@code retort} the subcommands {@code args} need: the one it names, else every one. */
    static void addTo(CommandLine retort, String[] args) {
        Optional<String> named = named(args);
        if (named.isPresent()) {
            retort.addSubcommand(named.get(), ALL.get(named.get()));
            return;
        }
        ALL.forEach(retort::addSubcommand);
    }

    /**
     * The command {@code args} name when they start with the name of one other than {@code help} (which lists
     * or describes the others). Why only the first argument: {@code retort} itself takes no options but
     * {@code --help} and {@code --version}, so any other start is a usage error that needs the whole model.
     */
    static Optional<String> named(String[] args) {
        if (args.length == 0 || args[0].equals("help") || !ALL.containsKey(args[0])) {
            return Optional.empty();
        }
        return Optional.of(args[0]);
    }

    private static Map<String, Class<?>> ordered(List<Map.Entry<String, Class<?>>> entries) {
        Map<String, Class<?>> map = new LinkedHashMap<>();
        entries.forEach(e -> map.put(e.getKey(), e.getValue()));
        return map;
    }
}
