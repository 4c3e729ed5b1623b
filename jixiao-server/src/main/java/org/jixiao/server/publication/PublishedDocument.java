package org.jixiao.server.publication;

import com.fasterxml.jackson.databind.JsonNode;
import org.jixiao.report.domain.Report;

/**
 * One published version as the public sees it: the list entry, the content (model and canonical JSON tree) and
 * the version number it was read as.
 */
public record PublishedDocument(PublishedEntry entry, int version, Report report, JsonNode tree) {
}
