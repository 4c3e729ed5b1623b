package org.jixiao.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import org.jixiao.report.domain.Report;
import org.jixiao.report.json.ReportJson;
import org.jixiao.synthetic.ErrorCategory;
import org.jixiao.synthetic.ErrorInjector;
import org.jixiao.synthetic.GroundTruth;
import org.jixiao.synthetic.InjectedReport;
import org.jixiao.synthetic.ProvinceGenerator;
import org.jixiao.synthetic.ReportGenerator;
import org.jixiao.synthetic.UnitIdentity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code jixiao synth}: writes synthetic reports (docs/synthetic-data.md) as canonical JSON, one file per unit and
 * year under {@code <out>/<市>/<区县>/}, and for a share of them one planted error with a {@code *.truth.json}
 * sidecar naming the rules that must find it. Reports are generated and written one at a time, so memory does not
 * grow with {@code --units}.
 */
@Command(name = "synth", mixinStandardHelpOptions = true, description = "生成合成报告（一致的部门决算与绩效自评），可按比例注入错误并写出标准答案。")
public class SynthCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--out", required = true, description = "输出目录")
    Path out;

    @Option(names = "--units", defaultValue = "10", description = "单位数（默认 ${DEFAULT-VALUE}）")
    int units;

    @Option(names = "--years", split = ",", defaultValue = "2021", description = "年度，逗号分隔（2021–2025，默认 ${DEFAULT-VALUE}）")
    List<Integer> years;

    @Option(names = "--seed", defaultValue = "1", description = "随机种子（默认 ${DEFAULT-VALUE}）")
    long seed;

    @Option(names = "--inject-rate", defaultValue = "0", description = "注入错误的报告比例 0–1（默认 ${DEFAULT-VALUE}）")
    double injectRate;

    @Option(names = "--format", defaultValue = "json", description = "输出格式（目前仅 json）")
    String format;

    @Override
    public Integer call() throws Exception {
        ProvinceGenerator province = new ProvinceGenerator();
        validate(province);
        ReportGenerator generator = new ReportGenerator();
        ErrorInjector injector = new ErrorInjector();
        ReportJson json = new ReportJson();
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        SplittableRandom random = new SplittableRandom(seed);
        int written = 0;
        int injected = 0;
        for (int i = 0; i < units; i++) {
            UnitIdentity unit = province.unit((int) ((i * 7919L + seed) % province.size()));
            for (int year : years) {
                long reportSeed = seed * 1_000_003L + i * 31L + year;
                Report report = generator.generate(reportSeed, unit, year);
                Optional<InjectedReport> planted = Optional.empty();
                if (random.nextDouble() < injectRate) planted = plant(injector, report, reportSeed, random);
                Path dir = out.resolve(unit.city()).resolve(unit.district());
                Files.createDirectories(dir);
                String base = unit.code() + "-" + unit.name() + "-" + year;
                Files.writeString(dir.resolve(base + ".json"), json.write(planted.map(InjectedReport::report).orElse(report)), StandardCharsets.UTF_8);
                if (planted.isPresent()) {
                    Files.writeString(dir.resolve(base + ".truth.json"), mapper.writeValueAsString(truth(mapper, planted.get().truth())) + "\n",
                            StandardCharsets.UTF_8);
                    injected++;
                }
                written++;
            }
        }
        PrintWriter w = spec.commandLine().getOut();
        w.printf("已生成 %d 份报告（其中注入错误 %d 份）：%s%n", written, injected, out);
        w.flush();
        return 0;
    }

    private void validate(ProvinceGenerator province) {
        if (!format.equals("json")) throw new ParameterException(spec.commandLine(), "--format 目前只支持 json，收到：" + format);
        if (units < 1 || units > province.size()) throw new ParameterException(spec.commandLine(), "--units 应在 1–" + province.size() + " 之间");
        if (injectRate < 0 || injectRate > 1) throw new ParameterException(spec.commandLine(), "--inject-rate 应在 0–1 之间");
        for (int year : years) {
            if (!ProvinceGenerator.YEARS.contains(year)) throw new ParameterException(spec.commandLine(), "--years 只支持 " + ProvinceGenerator.YEARS + "，收到：" + year);
        }
    }

    /** Plants an error of a category drawn at random; a category that does not apply to this report gives way to the next. */
    private static Optional<InjectedReport> plant(ErrorInjector injector, Report report, long reportSeed, SplittableRandom random) {
        ErrorCategory[] categories = ErrorCategory.values();
        int first = random.nextInt(categories.length);
        for (int k = 0; k < categories.length; k++) {
            Optional<InjectedReport> done = injector.inject(report, categories[(first + k) % categories.length], reportSeed);
            if (done.isPresent()) return done;
        }
        return Optional.empty();
    }

    private static ObjectNode truth(ObjectMapper mapper, GroundTruth truth) {
        ObjectNode node = mapper.createObjectNode();
        node.put("category", truth.category().name());
        node.put("description", truth.category().description());
        node.put("seed", truth.seed());
        node.put("change", truth.change());
        ArrayNode expected = node.putArray("expected");
        for (ErrorCategory.Expectation e : truth.expected()) expected.addObject().put("rule", e.rule()).put("severity", e.severity().name());
        ArrayNode allowed = node.putArray("alsoAllowed");
        truth.alsoAllowed().forEach(allowed::add);
        return node;
    }
}
