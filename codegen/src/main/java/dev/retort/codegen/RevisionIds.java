package dev.retort.codegen;

import java.security.SecureRandom;
import java.util.HexFormat;

/** Where new revision ids come from: injected so that generation is deterministic in tests. */
@FunctionalInterface
public interface RevisionIds {

    String next();

    /** 12 lowercase hex characters (48 random bits) from {@link SecureRandom}, the default. */
    static RevisionIds random() {
        SecureRandom random = new SecureRandom();
        return () -> {
            byte[] bytes = new byte[6];
            random.nextBytes(bytes);
            return HexFormat.of().formatHex(bytes);
        };
    }
}
