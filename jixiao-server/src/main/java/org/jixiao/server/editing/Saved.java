package org.jixiao.server.editing;

import java.util.List;
import org.jixiao.rules.CheckResult;

/** A saved version: its number, the lock version the next save must present, its check, and notes (of an import). */
public record Saved(long reportId, int version, long lockVersion, CheckResult check, List<String> notes) {
}
