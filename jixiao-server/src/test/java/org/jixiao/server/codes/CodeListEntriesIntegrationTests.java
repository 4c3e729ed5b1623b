package org.jixiao.server.codes;

import static org.assertj.core.api.Assertions.assertThat;

import org.jixiao.codes.CodeLists;
import org.jixiao.codes.Scheme;
import org.jixiao.server.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@DatabaseTest
class CodeListEntriesIntegrationTests {

    @Autowired CodeListEntries entries;
    @Autowired CodeLists codeLists;

    @Test
    void loadsTheBundledListsAtStart() {
        for (int year : codeLists.years()) {
            for (Scheme scheme : Scheme.values()) {
                assertThat(entries.entries(year, scheme)).as(year + " " + scheme)
                        .containsExactlyInAnyOrderElementsOf(codeLists.forYear(year).scheme(scheme).entries());
            }
        }
    }

    @Test
    void loadingTheSameListsAgainChangesNothing() {
        long before = entries.count();

        for (int year : codeLists.years()) {
            for (var list : codeLists.forYear(year).schemes().values()) {
                assertThat(entries.store(list)).isZero();
            }
        }
        assertThat(entries.count()).isEqualTo(before);
    }
}
