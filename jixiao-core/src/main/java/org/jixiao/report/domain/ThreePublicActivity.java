package org.jixiao.report.domain;

import org.jixiao.shared.Figure;

/**
 * 三公 counts: 出国团组/人次, 接待团组/人次 (公务接待 批次/人次), vehicles bought (更新公务用车) and held
 * (公务用车保有量).
 */
public record ThreePublicActivity(
        Figure abroadGroups,
        Figure abroadPersons,
        Figure receptionGroups,
        Figure receptionPersons,
        Figure vehiclesPurchased,
        Figure vehiclesHeld) {
}
