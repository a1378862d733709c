package dev.retort.cli.terminal;

import java.util.Optional;

/** Asks the user one question and reads the answer; commands get one only when a user can answer. */
@FunctionalInterface
public interface Prompter {

    /** Shows {@code question} and returns the line typed, or empty at the end of input. */
    Optional<String> ask(String question);

    /** Whether an answer means yes: {@code y} or {@code yes} in any case; anything else, or none, is no. */
    static boolean isYes(Optional<String> answer) {
        return answer.map(String::strip).filter(a -> a.equalsIgnoreCase("y") || a.equalsIgnoreCase("yes"))
                .isPresent();
    }
}
