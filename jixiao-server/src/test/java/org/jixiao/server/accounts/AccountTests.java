package org.jixiao.server.accounts;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AccountTests {

    @Test
    void aUnitRoleNeedsAUnitScope() {
        assertThatThrownBy(() -> Account.unsaved("x", "x", Role.UNIT_HEAD, new Scope.OfDistrict(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("单位负责人");
    }

    @Test
    void aReviewerNeedsADistrictScope() {
        assertThatThrownBy(() -> Account.unsaved("x", "x", Role.REVIEWER, new Scope.Everywhere()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("财政审核人");
    }
}
