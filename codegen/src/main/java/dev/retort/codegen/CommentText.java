package dev.retort.codegen;

import java.util.ArrayList;
import java.util.List;

/**
 * Makes arbitrary text (explanations, SQL, messages) safe inside generated comments and wraps it. Why escaping
 * matters: {@code javac} decodes {@code \}{@code u} escapes even inside comments, so a backslash in a SQL
 * expression could end a line comment or inject code; a {@code *}{@code /} would end a Javadoc comment.
 */
final class CommentText {

    /** Width of comment text, not counting the indentation and the comment marker. */
    static final int WIDTH = 100;

    private CommentText() {
    }

    /** One line of plain text: line breaks become spaces, backslashes are doubled. */
    static String plain(String text) {
        return text.replace("\\", "\\\\").replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
    }

    /** Text for Javadoc: {@link #plain} plus HTML escapes, and no way to end the comment or start a tag. */
    static String javadoc(String text) {
        return plain(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("@", "&#64;")
                .replace("*/", "*&#47;");
    }

    /** Text for a line comment: {@link #plain}, wrapped; lines after the first start with {@code indent}. */
    static List<String> lineComment(String text, String indent) {
        return wrap(plain(text), indent);
    }

    /** Already escaped text wrapped at {@link #WIDTH} on spaces; lines after the first start with {@code indent}. */
    static List<String> wrap(String text, String indent) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (word.isEmpty()) {
                continue;
            }
            if (line.length() > 0 && line.length() + 1 + word.length() > WIDTH) {
                lines.add(line.toString());
                line = new StringBuilder(indent);
            }
            if (line.length() > 0 && !line.toString().equals(indent)) {
                line.append(' ');
            }
            line.append(word);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }
}
