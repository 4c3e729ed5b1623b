package org.jixiao.report.domain;

import org.jixiao.shared.Figure;

/** 一般性支出: 会议费 and 培训费 (with 会议/培训 counts and persons where stated). */
public record GeneralExpenses(Figure meetings, Figure meetingCount, Figure training, Figure trainingCount) {
}
