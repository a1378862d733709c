package dev.retort.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.diff.Change;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Every change kind has an operation call. */
class OperationCallsTest {

    @Test
    void everyPermittedChangeKindHasACall() {
        OperationCalls calls = new OperationCalls(new ModelCode(new NameConstants()));

        assertThat(Arrays.asList(Change.class.getPermittedSubclasses())).hasSize(39).allMatch(calls::handles);
    }
}
