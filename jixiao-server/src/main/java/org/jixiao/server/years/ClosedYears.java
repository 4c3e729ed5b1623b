package org.jixiao.server.years;

import org.jixiao.server.problems.Conflict;
import org.springframework.stereotype.Service;

/**
 * The rule “a closed year is frozen”: while the 管理员 keeps a fiscal year closed, none of its reports changes —
 * no save, import, explanation, submission, return (with its comments), approval or correction — and no report of
 * it is created. Publishing an approved report stays possible: it changes no content, and the publication of an
 * approved 决算 is a duty of the finance bureau that a closed year must not hold up. Reopening the year lifts the rule.
 */
@Service
public class ClosedYears {

    private final FiscalYears years;

    ClosedYears(FiscalYears years) {
        this.years = years;
    }

    /** Whether reports of the year may change (a year not set up counts as open: it has no reports). */
    public boolean isOpen(int year) {
        return years.byYear(year).map(FiscalYear::open).orElse(true);
    }

    /** Refuses {@code action} (e.g. “修改报告”, “提交”) with a conflict while the year is closed. */
    public void requireOpen(int year, String action) {
        if (!isOpen(year)) throw new Conflict(closedMessage(year, action));
    }

    /** The refusal, e.g. “2023年度已关闭，不能提交；如需更正请联系管理员重新开放该年度。” */
    public static String closedMessage(int year, String action) {
        return year + "年度已关闭，不能" + action + "；如需更正请联系管理员重新开放该年度。";
    }
}
