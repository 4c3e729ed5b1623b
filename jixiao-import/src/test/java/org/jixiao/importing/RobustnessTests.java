package org.jixiao.importing;

import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Damaged variants of seed 004 (lines dropped, duplicated, swapped, cells shifted) import without an
 * unexpected exception: the mapping may note what it cannot place, but never fails on shape.
 */
class RobustnessTests {

    static IntStream seeds() {
        return IntStream.range(0, 20);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void damagedSeed004ImportsWithoutFailing(int seed) throws Exception {
        List<String> lines = new ArrayList<>(TestDocuments.seed004Lines());
        Random random = new Random(seed);
        for (int k = 0; k < 30; k++) {
            int i = random.nextInt(lines.size());
            switch (random.nextInt(5)) {
                case 0 -> lines.remove(i);
                case 1 -> lines.add(i, lines.get(random.nextInt(lines.size())));
                case 2 -> lines.set(i, "\t" + lines.get(i));
                case 3 -> lines.set(i, lines.get(i).replaceFirst("\t", ""));
                default -> {
                    int j = random.nextInt(lines.size());
                    String t = lines.get(i);
                    lines.set(i, lines.get(j));
                    lines.set(j, t);
                }
            }
        }
        byte[] bytes = String.join("\n", lines).getBytes(StandardCharsets.UTF_8);

        assertThatCode(() -> new DocumentImporter().importBytes("damaged-" + seed + ".txt", bytes)).doesNotThrowAnyException();
    }
}
