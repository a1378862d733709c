package dev.retort.cli;

import dev.retort.cli.terminal.Prompter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/** A user at the terminal who gives the scripted answers in order, then ends the input; it keeps every question. */
public final class ScriptedUser implements Prompter {

    private final Deque<String> answers;
    private final List<String> questions = new ArrayList<>();

    private ScriptedUser(List<String> answers) {
        this.answers = new ArrayDeque<>(answers);
    }

    public static ScriptedUser answering(String... answers) {
        return new ScriptedUser(List.of(answers));
    }

    @Override
    public Optional<String> ask(String question) {
        questions.add(question);
        return Optional.ofNullable(answers.poll());
    }

    /** The questions asked so far, in order. */
    public List<String> questions() {
        return List.copyOf(questions);
    }
}
