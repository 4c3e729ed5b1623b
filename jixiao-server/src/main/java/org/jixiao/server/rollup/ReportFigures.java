package org.jixiao.server.rollup;

import java.util.List;

/** The stored key figures of report versions and the sums over them (port of {@code report_figures}). */
public interface ReportFigures {

    /** Stores (or replaces) the figures of one version. */
    void put(long reportId, int versionNumber, KeyFigures figures);

    /** Current and published versions that have no figures yet (written before the table existed): report id, version. */
    List<long[]> missing(int limit);

    /** Fills {@code districts.province/city} from {@code region} where they are still empty; returns how many changed. */
    int classifyDistricts();

    /** Rows per unit of one district (by district code). */
    List<RollupRow> byUnit(String districtCode, int fiscalYear);

    /** Rows per district of one city. */
    List<RollupRow> byDistrict(String city, int fiscalYear);

    /** Rows per city of one province. */
    List<RollupRow> byCity(String province, int fiscalYear);

    /** The district, city and province names known: used to name a roll-up and to check a code exists. */
    java.util.Optional<String> districtName(String districtCode);

    boolean cityExists(String city);

    boolean provinceExists(String province);

    /** The city and province of a district (both may be null for a district without a region). */
    String[] placeOf(long districtId);
}
