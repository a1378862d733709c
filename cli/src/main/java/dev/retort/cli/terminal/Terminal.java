package dev.retort.cli.terminal;

import java.io.Console;
import java.lang.reflect.Method;
import java.util.Optional;

/** The process's terminal, present only when standard input and standard output are both attached to one. */
public final class Terminal {

    private Terminal() {
    }

    /**
     * The console, when the process runs on a terminal.
     *
     * <p>Why not just {@code System.console() != null}: up to Java 21 a console exists only when standard input
     * and output are both a terminal, but from Java 22 on {@code System.console()} returns a console even when
     * they are redirected, and {@code Console.isTerminal()} (new in 22, hence called reflectively on a Java 17
     * build) tells the two apart.
     */
    private static Optional<Console> console() {
        Console console = System.console();
        return console != null && isTerminal(console) ? Optional.of(console) : Optional.empty();
    }

    /** A prompter asking on the terminal, present only when there is one. */
    public static Optional<Prompter> prompter() {
        return console().map(Terminal::prompter);
    }

    private static Prompter prompter(Console console) {
        return question -> Optional.ofNullable(console.readLine("%s ", question));
    }

    private static boolean isTerminal(Console console) {
        Method isTerminal;
        try {
            isTerminal = Console.class.getMethod("isTerminal");
        } catch (NoSuchMethodException e) {
            return true;
        }
        try {
            return (Boolean) isTerminal.invoke(console);
        } catch (ReflectiveOperationException e) {
            return false;
        }
    }
}
