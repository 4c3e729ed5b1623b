package org.jixiao.server.reports;

import org.jixiao.report.domain.Report;

/**
 * Told about every report version as it is written, inside the transaction that writes it: a feature that keeps
 * something derived from report contents (the roll-up figures) implements this port, so that reports need not know
 * about it and the derived rows commit or roll back with the version.
 */
public interface VersionStored {

    void stored(long reportId, int versionNumber, Report report);
}
