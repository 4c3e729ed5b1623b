package org.jixiao.server.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.jixiao.report.json.ReportJson;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;

/** Reads the demo reports from the class path; an empty folder gives none, a bad file stops with its name. */
class DemoFixtures {

    private final ResourcePatternResolver resources;
    private final ReportJson json;
    private final String location;

    DemoFixtures(ResourcePatternResolver resources, ReportJson json, String location) {
        this.resources = resources;
        this.json = json;
        this.location = location;
    }

    List<DemoFixture> read() {
        Resource[] found;
        try {
            found = resources.getResources(location);
        } catch (IOException e) {
            throw new UncheckedIOException("演示数据目录 " + location + " 无法读取", e);
        }
        List<DemoFixture> fixtures = new ArrayList<>();
        for (Resource resource : Arrays.stream(found).sorted(Comparator.comparing(Resource::getFilename)).toList()) {
            fixtures.add(read(resource));
        }
        return fixtures;
    }

    private DemoFixture read(Resource resource) {
        String file = resource.getFilename();
        try (InputStream in = resource.getInputStream()) {
            return new DemoFixture(file, json.read(in));
        } catch (IOException | RuntimeException e) {
            // Our own data: a fixture that does not parse is a bug to fix, not something to skip.
            throw new IllegalStateException("演示数据 " + file + " 无法读取：" + e.getMessage(), e);
        }
    }
}
