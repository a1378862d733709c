package dev.retort.codegen.compile;

/** One compile error: the file (relative to the migrations folder), the line (0 when unknown) and the message. */
public record CompileError(String file, long line, String message) {

    /** As {@code javac} prints it: {@code V20261121_143000__AddPhone.java:14: error: cannot find symbol ...}. */
    @Override
    public String toString() {
        return file + (line > 0 ? ":" + line : "") + ": error: " + message;
    }
}
