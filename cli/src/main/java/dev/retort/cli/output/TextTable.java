package dev.retort.cli.output;

import java.util.ArrayList;
import java.util.List;

/**
 * Rows of cells aligned in columns (colour codes do not count towards widths; the last column is not padded),
 * and notes: lines under a row that start at a column but do not widen it.
 */
public final class TextTable {

    private record Line(List<String> cells, int noteColumn) {
    }

    private final List<Line> lines = new ArrayList<>();

    public TextTable add(String... cells) {
        lines.add(new Line(List.of(cells), -1));
        return this;
    }

    /** A line whose text starts where column {@code column} starts. */
    public TextTable note(int column, String text) {
        lines.add(new Line(List.of(text), column));
        return this;
    }

    /** The table, each line indented by two spaces and ending with a newline. */
    public String render() {
        int[] widths = widths();
        StringBuilder out = new StringBuilder();
        for (Line line : lines) {
            StringBuilder text = new StringBuilder("  ");
            if (line.noteColumn() >= 0) {
                for (int i = 0; i < line.noteColumn(); i++) {
                    text.append(" ".repeat(widths[i] + 2));
                }
                text.append(line.cells().get(0));
            } else {
                appendCells(text, line.cells(), widths);
            }
            out.append(text.toString().stripTrailing()).append('\n');
        }
        return out.toString();
    }

    private int[] widths() {
        int columns = lines.stream().mapToInt(l -> l.cells().size()).max().orElse(0);
        int[] widths = new int[columns];
        for (Line line : lines) {
            for (int i = 0; line.noteColumn() < 0 && i < line.cells().size(); i++) {
                widths[i] = Math.max(widths[i], Style.visibleLength(line.cells().get(i)));
            }
        }
        return widths;
    }

    private static void appendCells(StringBuilder text, List<String> cells, int[] widths) {
        for (int i = 0; i < cells.size(); i++) {
            text.append(cells.get(i));
            if (i < cells.size() - 1) {
                text.append(" ".repeat(widths[i] - Style.visibleLength(cells.get(i)) + 2));
            }
        }
    }
}
