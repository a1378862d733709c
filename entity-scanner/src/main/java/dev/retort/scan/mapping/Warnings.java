package dev.retort.scan.mapping;

import dev.retort.scan.ScanWarning;
import java.util.ArrayList;
import java.util.List;

/** Collects the scan's warnings in the order they are found, without repeating one. */
final class Warnings {

    private final List<ScanWarning> warnings = new ArrayList<>();

    void add(String subject, String message) {
        ScanWarning warning = new ScanWarning(subject, message);
        if (!warnings.contains(warning)) {
            warnings.add(warning);
        }
    }

    List<ScanWarning> all() {
        return List.copyOf(warnings);
    }
}
