package org.jixiao.server.workflow;

import org.jixiao.rules.Finding;

/**
 * The stable name of a finding across saves: its rule and its location, for example
 * {@code SE-WGT-001@自评表 整体支出 · 产出指标}. An explanation written for it stays attached while a later save
 * leaves that finding in place, and falls away when the finding does.
 */
public final class FindingKeys {

    private FindingKeys() {
    }

    public static String of(Finding finding) {
        String where = finding.location() == null ? "" : finding.location().describe();
        String key = finding.rule() + "@" + where;
        return key.length() > 600 ? key.substring(0, 600) : key;
    }
}
