package org.jixiao.server.rollup;

/** Where a roll-up adds up: one district (rows per unit), one city (rows per district), one province (rows per city). */
public enum RollupLevel {
    DISTRICT("区县"), CITY("市州"), PROVINCE("省");

    private final String label;

    RollupLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
