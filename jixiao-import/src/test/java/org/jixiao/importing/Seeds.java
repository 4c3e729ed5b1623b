package org.jixiao.importing;

import java.nio.file.Path;

/** Where the real published seed documents are (system property {@code jixiao.seeds}). */
final class Seeds {

    static final String SEED_000 = "000_b2c908e8fa548103.txt";
    static final String SEED_002 = "002_561ee7b5f048757c.txt";
    static final String SEED_004 = "004_68430ab860a868e4.txt";

    private Seeds() {}

    static Path path(String name) {
        return Path.of(System.getProperty("jixiao.seeds", "/work/shared/seeds")).resolve(name);
    }
}
