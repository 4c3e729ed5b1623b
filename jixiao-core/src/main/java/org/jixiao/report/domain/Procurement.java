package org.jixiao.report.domain;

import org.jixiao.shared.Figure;

/**
 * 政府采购: total = 货物 + 工程 + 服务; amounts awarded to 中小企业 and of it to 小微企业, with the shares
 * the text states.
 */
public record Procurement(
        Figure total,
        Figure goods,
        Figure works,
        Figure services,
        Figure smeAmount,
        Figure smeShare,
        Figure smallMicroAmount,
        Figure smallMicroShare) {
}
