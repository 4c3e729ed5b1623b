package org.jixiao.narrative;

import org.junit.jupiter.api.Test;

class SeedDumpTests {

    @Test
    void dump() {
        for (String[] s : new String[][] {{"000_b2c908e8fa548103.txt", "1", "999"}, {"002_561ee7b5f048757c.txt", "1", "999"},
            {"004_68430ab860a868e4.txt", "346", "999"}}) {
            System.out.println("=== " + s[0]);
            NarrativeRules.run(Reports.seed(s[0], Integer.parseInt(s[1]), Integer.parseInt(s[2]))).forEach(System.out::println);
        }
    }
}
