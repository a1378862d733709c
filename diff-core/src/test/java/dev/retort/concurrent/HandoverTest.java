package dev.retort.concurrent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

class HandoverTest {

    private static RuntimeException interrupted(InterruptedException e) {
        return new IllegalStateException("interrupted", e);
    }

    @Test
    void takeWaitsForTheResultComputedOnItsOwnThread() {
        CountDownLatch started = new CountDownLatch(1);
        Handover<String> result = Handover.start("handover-test", () -> {
            started.countDown();
            return Thread.currentThread().getName();
        }, HandoverTest::interrupted);
        assertThat(result.take("the name")).isEqualTo("handover-test");
        assertThat(started.getCount()).isZero();
    }

    @Test
    void aResultIsHandedOverOnce() {
        Handover<String> result = Handover.of("x");
        assertThat(result.take("the x")).isEqualTo("x");
        assertThatThrownBy(() -> result.take("the x")).isInstanceOf(IllegalStateException.class)
                .hasMessage("the x was taken or released already");
    }

    @Test
    void aFailureIsThrownAsItWasRaised() {
        IllegalArgumentException failure = new IllegalArgumentException("bad");
        Handover<String> result = Handover.start("handover-test", () -> {
            throw failure;
        }, HandoverTest::interrupted);
        assertThatThrownBy(() -> result.take("it")).isSameAs(failure);
    }

    @Test
    void releaseDisposesOfAResultNobodyTookAndNothingElse() {
        List<String> disposed = new ArrayList<>();
        Handover<String> untaken = Handover.start("handover-test", () -> "left", HandoverTest::interrupted);
        untaken.release(disposed::add);
        untaken.release(disposed::add);
        Handover<String> taken = Handover.of("used");
        taken.take("it");
        taken.release(disposed::add);
        Handover<String> failed = Handover.start("handover-test", () -> {
            throw new IllegalStateException("never needed");
        }, HandoverTest::interrupted);
        failed.release(disposed::add);
        assertThat(disposed).containsExactly("left");
        assertThatThrownBy(() -> untaken.take("the left")).hasMessage("the left was taken or released already");
    }
}
