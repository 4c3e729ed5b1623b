package org.jixiao.server.years;

import java.util.List;
import java.util.Optional;

/** The fiscal years set up in the system. */
public interface FiscalYears {

    /** Adds the year if it is not there yet; returns the stored year either way. */
    FiscalYear ensure(int year);

    Optional<FiscalYear> byYear(int year);

    List<FiscalYear> all();

    /** Opens or closes a year for reporting; false when the year is not set up. */
    boolean setOpen(int year, boolean open);
}
