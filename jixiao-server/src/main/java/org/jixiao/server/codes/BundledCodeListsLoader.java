package org.jixiao.server.codes;

import org.jixiao.codes.CodeList;
import org.jixiao.codes.CodeLists;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Loads {@link CodeLists#bundled()} into the database at every start; a start without changes writes nothing. */
@Component
@Order(1)
class BundledCodeListsLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BundledCodeListsLoader.class);

    private final CodeLists codeLists;
    private final CodeListEntries entries;

    BundledCodeListsLoader(CodeLists codeLists, CodeListEntries entries) {
        this.codeLists = codeLists;
        this.entries = entries;
    }

    @Override
    public void run(ApplicationArguments args) {
        int total = 0;
        int changed = 0;
        for (int year : codeLists.years()) {
            for (CodeList list : codeLists.forYear(year).schemes().values()) {
                total += list.entries().size();
                changed += entries.store(list);
            }
        }
        log.info("代码表：年度 {}，共 {} 条，本次新增或更正 {} 条", codeLists.years(), total, changed);
    }
}
