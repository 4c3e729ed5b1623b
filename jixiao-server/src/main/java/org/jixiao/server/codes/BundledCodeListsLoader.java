package org.jixiao.server.codes;

import org.jixiao.codes.CodeList;
import org.jixiao.codes.CodeLists;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Loads {@link CodeLists#bundled()} into the database at every start; a start without changes writes nothing. What an
 * administrator changed wins over the files: a code they added, renamed, imported or removed is not touched (see
 * {@link CodeListEntries#store}), so a restart never undoes their work; the files still add the codes nobody stored
 * yet and correct the rows that are the files' own.
 */
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
        log.info("代码表：年度 {}，共 {} 条，本次新增或更正 {} 条（管理员修改过的编码保持不变）", codeLists.years(), total, changed);
    }
}
