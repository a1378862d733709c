package dev.retort.scan.boot;

import java.util.ArrayList;
import java.util.List;

/** Turns an exception from Hibernate's boot into one line that keeps every distinct message of its causes. */
final class BootFailure {

    private BootFailure() {
    }

    static String describe(Throwable error) {
        List<String> messages = new ArrayList<>();
        for (Throwable current = error; current != null && messages.size() < 5; current = current.getCause()) {
            String message = current instanceof NoClassDefFoundError
                    ? "missing class " + String.valueOf(current.getMessage()).replace('/', '.')
                    : current.getMessage();
            if (message != null && messages.stream().noneMatch(m -> m.contains(message))) {
                messages.add(message);
            }
            if (current.getCause() == current) {
                break;
            }
        }
        return messages.isEmpty() ? error.toString() : String.join(": ", messages);
    }
}
