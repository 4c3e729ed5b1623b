package org.jixiao.report.domain;

import java.util.List;
import java.util.Optional;

/**
 * 部门决算: the public tables (公开01–09表) identified by meaning ({@link TableKind}), and the figures the
 * narrative discloses beside them ({@link Disclosures}).
 */
public record FinalAccounts(List<StatementTable> tables, Disclosures disclosures) {

    public FinalAccounts {
        tables = tables == null ? List.of() : List.copyOf(tables);
    }

    public Optional<StatementTable> table(TableKind kind) {
        return tables.stream().filter(t -> t.kind() == kind).findFirst();
    }
}
