package org.jixiao.server.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ReportStateTests {

    @Test
    void followsTheWorkflowOfSpecSection6() {
        assertThat(ReportState.DRAFT.canMoveTo(ReportState.SUBMITTED)).isTrue();
        assertThat(ReportState.SUBMITTED.canMoveTo(ReportState.RETURNED)).isTrue();
        assertThat(ReportState.SUBMITTED.canMoveTo(ReportState.APPROVED)).isTrue();
        assertThat(ReportState.RETURNED.canMoveTo(ReportState.SUBMITTED)).isTrue();
        assertThat(ReportState.APPROVED.canMoveTo(ReportState.PUBLISHED)).isTrue();
        assertThat(ReportState.DRAFT.canMoveTo(ReportState.APPROVED)).isFalse();
    }

    @Test
    void aPublishedReportOnlyReopensAsADraftForACorrection() {
        assertThat(Arrays.stream(ReportState.values()).filter(ReportState.PUBLISHED::canMoveTo)).containsExactly(ReportState.DRAFT);
    }

    @Test
    void onlyADraftOrAReturnedReportIsEditable() {
        assertThat(Arrays.stream(ReportState.values()).filter(ReportState::editable))
                .containsExactly(ReportState.DRAFT, ReportState.RETURNED);
    }
}
