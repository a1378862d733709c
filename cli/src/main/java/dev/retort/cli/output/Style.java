package dev.retort.cli.output;

/** Terminal colours, or none: every method returns its text unchanged when colour is off. */
public final class Style {

    private static final String RESET = "\u001B[0m";

    private final boolean colour;

    public Style(boolean colour) {
        this.colour = colour;
    }

    public String bold(String text) {
        return wrap("\u001B[1m", text);
    }

    public String red(String text) {
        return wrap("\u001B[1;31m", text);
    }

    public String yellow(String text) {
        return wrap("\u001B[33m", text);
    }

    public String green(String text) {
        return wrap("\u001B[32m", text);
    }

    public String dim(String text) {
        return wrap("\u001B[2m", text);
    }

    private String wrap(String code, String text) {
        return colour && !text.isEmpty() ? code + text + RESET : text;
    }

    /** The length of text as it shows, without colour codes. */
    static int visibleLength(String text) {
        return text.replaceAll("\u001B\\[[0-9;]*m", "").length();
    }
}
