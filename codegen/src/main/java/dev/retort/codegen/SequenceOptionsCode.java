package dev.retort.codegen;

import com.palantir.javapoet.CodeBlock;
import dev.retort.model.SequenceOptions;
import java.util.List;

/**
 * Sequence options as {@code SequenceOptions.defaults(type, increment)} plus the withers for what differs, or the
 * canonical constructor when no order of withers can reach the value (each wither validates as it goes).
 */
final class SequenceOptionsCode {

    private SequenceOptionsCode() {
    }

    static CodeBlock of(SequenceOptions options) {
        for (boolean boundsFirst : List.of(true, false)) {
            try {
                return viaWithers(options, boundsFirst);
            } catch (IllegalArgumentException unreachableInThisOrder) {
                // Why: a start outside the default bounds needs the bounds first, and the other way round.
            }
        }
        return CodeBlock.of("new $T($S,$W$L,$W$L,$W$L,$W$L,$W$L,$W$L)", SequenceOptions.class, options.dataType(),
                number(options.start()), number(options.increment()), number(options.minValue()),
                number(options.maxValue()), number(options.cache()), options.cycle());
    }

    /** Applies the withers to the defaults as it writes them, so that an order that cannot work throws. */
    private static CodeBlock viaWithers(SequenceOptions target, boolean boundsFirst) {
        SequenceOptions value = SequenceOptions.defaults(target.dataType(), target.increment());
        CodeBlock.Builder code = CodeBlock.builder().add("$T.defaults($S, $L)", SequenceOptions.class,
                target.dataType(), number(target.increment()));
        boolean boundsDiffer = value.minValue() != target.minValue() || value.maxValue() != target.maxValue();
        for (boolean bounds : List.of(boundsFirst, !boundsFirst)) {
            if (bounds && boundsDiffer) {
                value = value.withBounds(target.minValue(), target.maxValue());
                code.add("$Z.withBounds($L, $L)", number(target.minValue()), number(target.maxValue()));
            } else if (!bounds && value.start() != target.start()) {
                value = value.withStart(target.start());
                code.add("$Z.withStart($L)", number(target.start()));
            }
        }
        if (value.cache() != target.cache()) {
            code.add("$Z.withCache($L)", number(target.cache()));
        }
        if (value.cycle() != target.cycle()) {
            code.add("$Z.withCycle($L)", target.cycle());
        }
        return code.build();
    }

    /** A {@code long} argument: plain when it fits an {@code int}, the {@code Long} bounds by name. */
    static CodeBlock number(long value) {
        if (value == Long.MAX_VALUE) {
            return CodeBlock.of("$T.MAX_VALUE", Long.class);
        }
        if (value == Long.MIN_VALUE) {
            return CodeBlock.of("$T.MIN_VALUE", Long.class);
        }
        if (value >= Integer.MIN_VALUE && value <= Integer.MAX_VALUE) {
            return CodeBlock.of("$L", value);
        }
        return CodeBlock.of("$LL", value);
    }
}
