package dev.retort.diff;

import dev.retort.model.EnumType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Enum type changes. New labels become {@code add_enum_value} placed where the target orders them. Removed
 * labels, and labels whose relative order changed, become {@code drop_enum_value} (plus a re-add for a moved
 * label): PostgreSQL can do neither in place, so the hazard rules flag them for a human instead of a silent
 * rebuild.
 */
final class EnumDiffer {

    private EnumDiffer() {
    }

    static void diff(List<EnumType> current, List<EnumType> target, Consumer<Change> out) {
        Matching<EnumType> matching = Matching.of(current, target, e -> e.name().toString(), e -> e);
        matching.dropped.forEach(e -> out.accept(new Change.DropEnum(e)));
        matching.added.forEach(e -> out.accept(new Change.CreateEnum(e)));
        for (Matching.Pair<EnumType> pair : matching.sameName) {
            diffLabels(pair.current(), pair.target(), out);
        }
    }

    private static void diffLabels(EnumType current, EnumType target, Consumer<Change> out) {
        List<String> kept = longestOrderedSubsequence(current.labels(), target.labels());
        for (String label : current.labels()) {
            if (!kept.contains(label)) {
                out.accept(new Change.DropEnumValue(current.name(), label, following(current.labels(), label)));
            }
        }
        // Added from the last to the first, so that the label each one goes before already exists.
        List<String> targetLabels = target.labels();
        for (int i = targetLabels.size() - 1; i >= 0; i--) {
            String label = targetLabels.get(i);
            if (!kept.contains(label)) {
                out.accept(new Change.AddEnumValue(target.name(), label, following(targetLabels, label)));
            }
        }
    }

    private static Optional<String> following(List<String> labels, String label) {
        int index = labels.indexOf(label);
        return index + 1 < labels.size() ? Optional.of(labels.get(index + 1)) : Optional.empty();
    }

    /** The longest list of labels that both sides hold in the same relative order (a longest common subsequence). */
    private static List<String> longestOrderedSubsequence(List<String> a, List<String> b) {
        int[][] lengths = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                lengths[i][j] = a.get(i).equals(b.get(j)) ? lengths[i + 1][j + 1] + 1
                        : Math.max(lengths[i + 1][j], lengths[i][j + 1]);
            }
        }
        List<String> result = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.size() && j < b.size()) {
            if (a.get(i).equals(b.get(j))) {
                result.add(a.get(i));
                i++;
                j++;
            } else if (lengths[i + 1][j] >= lengths[i][j + 1]) {
                i++;
            } else {
                j++;
            }
        }
        return result;
    }
}
