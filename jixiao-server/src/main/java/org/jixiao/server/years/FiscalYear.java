package org.jixiao.server.years;

/** A fiscal year (年度) and whether units may still file or edit reports for it. */
public record FiscalYear(int year, boolean open) {

    public FiscalYear {
        if (year < 2000 || year > 2100) throw new IllegalArgumentException("fiscal year out of range: " + year);
    }
}
