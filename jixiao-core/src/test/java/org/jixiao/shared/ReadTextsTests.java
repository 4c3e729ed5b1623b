package org.jixiao.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ReadTextsTests {

    @Test
    void readsATextOnceWhileItIsRemembered() {
        AtomicInteger reads = new AtomicInteger();
        ReadTexts<Integer> lengths = new ReadTexts<>(10, text -> {
            reads.incrementAndGet();
            return text.length();
        });

        assertThat(lengths.of("万元")).isEqualTo(2);
        assertThat(lengths.of("万元")).isEqualTo(2);
        assertThat(reads).hasValue(1);
    }

    @Test
    void forgetsTheOldestGenerationOnlyAndKeepsWhatIsStillRead() {
        AtomicInteger reads = new AtomicInteger();
        ReadTexts<String> same = new ReadTexts<>(2, text -> {
            reads.incrementAndGet();
            return text;
        });
        same.of("a");
        same.of("b"); // young {a, b} is full
        same.of("c"); // young {a, b} becomes old; young {c}
        same.of("a"); // found in old, moved to young {c, a}
        same.of("d"); // young {c, a} becomes old, {b} dropped; young {d}
        assertThat(reads).hasValue(4);

        same.of("a"); // still remembered (old generation)
        same.of("c");
        assertThat(reads).hasValue(4);
        same.of("b"); // forgotten: read again
        assertThat(reads).hasValue(5);
    }

    @Test
    void nullIsNotRemembered() {
        AtomicInteger reads = new AtomicInteger();
        ReadTexts<String> nothing = new ReadTexts<>(4, text -> {
            reads.incrementAndGet();
            return null;
        });
        assertThat(nothing.of("x")).isNull();
        assertThat(nothing.of("x")).isNull();
        assertThat(reads).hasValue(2);
    }

    @Test
    void manyThreadsReadingManyTextsGetTheRightValues() throws Exception {
        ReadTexts<Integer> numbers = new ReadTexts<>(100, Integer::valueOf);
        List<Thread> threads = new ArrayList<>();
        ConcurrentHashMap<String, Integer> wrong = new ConcurrentHashMap<>();
        for (int t = 0; t < 8; t++) {
            int seed = t;
            Thread thread = new Thread(() -> {
                for (int i = 0; i < 20_000; i++) {
                    String text = Integer.toString((i * 31 + seed) % 1_000);
                    Integer value = numbers.of(text);
                    if (value != Integer.parseInt(text)) wrong.put(text, value);
                }
            });
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) thread.join();
        assertThat(wrong).isEmpty();
    }
}
