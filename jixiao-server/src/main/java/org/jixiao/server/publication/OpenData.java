package org.jixiao.server.publication;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jixiao.server.units.District;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Open data of published reports: every table cell as a CSV row, per report and per district, each with a
 * Frictionless Data Package descriptor (https://specs.frictionlessdata.io/data-package/) that names the licence
 * and describes every field.
 */
@Service
public class OpenData {

    /** A field of the CSV: its name (the header), Chinese title, Table Schema type and description. */
    record Field(String name, String title, String type, String description) {}

    static final List<Field> REPORT_FIELDS = List.of(
            new Field("table_number", "表号", "string", "表号，如 公开03表"),
            new Field("table_title", "表名", "string", "表名，如 支出决算表"),
            new Field("row_key", "行代码", "string", "科目编码或行的语义键（total 为合计行，见 docs/report-format.md）"),
            new Field("row_name", "行名称", "string", "科目名称或项目名称，按原文"),
            new Field("column_key", "栏目代码", "string", "栏目键，如 total、basic、project"),
            new Field("column_name", "栏目名称", "string", "栏目的中文名称"),
            new Field("value", "数值（原文）", "string", "按公开文本原样填写的数值"),
            new Field("amount", "金额", "number", "万元单元格读作金额（空白为 0.00；不是金额或不是万元时留空）"),
            new Field("unit", "计量单位", "string", "计量单位：九张表和自评表资金行为万元，指标和得分为空"));

    static final List<Field> DISTRICT_FIELDS;

    static {
        List<Field> fields = new ArrayList<>(List.of(
                new Field("report_id", "报告编号", "integer", "报告编号，公开页面为 /public/reports/{report_id}"),
                new Field("fiscal_year", "年度", "year", "决算年度"),
                new Field("unit_code", "单位代码", "string", "预算单位代码"),
                new Field("unit_name", "单位名称", "string", "预算单位名称"),
                new Field("published_version", "公开版本", "integer", "公开的版本号（更正后递增）")));
        fields.addAll(REPORT_FIELDS);
        DISTRICT_FIELDS = List.copyOf(fields);
    }

    private final PublishedReports published;
    private final String licenseName;
    private final String licensePath;
    private final String licenseTitle;

    OpenData(PublishedReports published, @Value("${jixiao.open-data.license.name:CC-BY-4.0}") String licenseName,
            @Value("${jixiao.open-data.license.path:https://creativecommons.org/licenses/by/4.0/}") String licensePath,
            @Value("${jixiao.open-data.license.title:Creative Commons Attribution 4.0}") String licenseTitle) {
        this.published = published;
        this.licenseName = licenseName;
        this.licensePath = licensePath;
        this.licenseTitle = licenseTitle;
    }

    /** A CSV file with the name to offer for it. */
    public record CsvFile(byte[] content, String fileName) {}

    /** The CSV of one published report. */
    public CsvFile reportCsv(long id) {
        PublishedDocument doc = published.open(id);
        Csv csv = new Csv().text(REPORT_FIELDS.stream().map(Field::name).toList());
        for (TableCells.CellRow c : TableCells.of(doc.tree())) csv.line(reportCells(c));
        String unit = doc.entry().unitName().replaceAll("[\\\\/:*?\"<>|\\s]", "");
        return new CsvFile(csv.bytes(), doc.entry().fiscalYear() + "-" + unit + "-部门决算公开数据.csv");
    }

    /** The CSV of every published report of a district. */
    public CsvFile districtCsv(String code) {
        District district = published.district(code);
        Csv csv = new Csv().text(DISTRICT_FIELDS.stream().map(Field::name).toList());
        for (PublishedEntry e : published.list(district.code(), null, null)) {
            PublishedDocument doc = published.open(e);
            for (TableCells.CellRow c : TableCells.of(doc.tree())) {
                List<Object> cells = new ArrayList<>(List.of(e.id(), e.fiscalYear(), e.unitCode(), e.unitName(), doc.version()));
                cells.addAll(reportCells(c));
                csv.line(cells);
            }
        }
        return new CsvFile(csv.bytes(), district.name().replaceAll("[\\\\/:*?\"<>|\\s]", "") + "-已公开部门决算数据.csv");
    }

    /** The Data Package descriptor of one published report; {@code base} is the site's address. */
    public Map<String, Object> reportPackage(long id, String base) {
        PublishedDocument doc = published.open(id);
        PublishedEntry e = doc.entry();
        String title = e.fiscalYear() + "年度" + e.unitName() + "部门决算公开数据（第" + doc.version() + "版）";
        return descriptor("jixiao-report-" + id, title, "已公开的部门决算九张表和绩效自评表的全部单元格，一个单元格一行。",
                resource("report-" + id + "-tables", base + "/open-data/reports/" + id + ".csv", title, REPORT_FIELDS),
                base + "/public/reports/" + id);
    }

    /** The Data Package descriptor of a district's published reports. */
    public Map<String, Object> districtPackage(String code, String base) {
        District district = published.district(code);
        String title = district.name() + "已公开部门决算数据";
        String name = "jixiao-district-" + district.code().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]", "-");
        return descriptor(name, title, "本地区全部已公开报告（各取公开版本）的九张表和绩效自评表单元格，一个单元格一行。",
                resource("district-" + name.substring("jixiao-district-".length()) + "-tables",
                        base + "/open-data/districts/" + district.code() + ".csv", title, DISTRICT_FIELDS),
                base + "/public?district=" + district.code());
    }

    private static List<Object> reportCells(TableCells.CellRow c) {
        List<Object> cells = new ArrayList<>();
        cells.add(c.tableNumber());
        cells.add(c.tableTitle());
        cells.add(c.rowKey());
        cells.add(c.rowName());
        cells.add(c.columnKey());
        cells.add(c.columnName());
        cells.add(c.value());
        cells.add(c.amount() == null ? "" : c.amount());
        cells.add(c.unit());
        return cells;
    }

    private Map<String, Object> descriptor(String name, String title, String description, Map<String, Object> resource, String homepage) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("profile", "tabular-data-package");
        d.put("name", name);
        d.put("title", title);
        d.put("description", description);
        d.put("homepage", homepage);
        d.put("licenses", List.of(Map.of("name", licenseName, "path", licensePath, "title", licenseTitle)));
        d.put("resources", List.of(resource));
        return d;
    }

    private static Map<String, Object> resource(String name, String path, String title, List<Field> fields) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("name", name);
        r.put("path", path);
        r.put("title", title);
        r.put("profile", "tabular-data-resource");
        r.put("format", "csv");
        r.put("mediatype", "text/csv");
        r.put("encoding", "utf-8-sig");
        r.put("dialect", Map.of("delimiter", ",", "doubleQuote", true, "header", true, "lineTerminator", "\r\n"));
        List<Map<String, Object>> schemaFields = new ArrayList<>();
        for (Field f : fields) {
            Map<String, Object> field = new LinkedHashMap<>();
            field.put("name", f.name());
            field.put("title", f.title());
            field.put("type", f.type());
            field.put("description", f.description());
            schemaFields.add(field);
        }
        r.put("schema", Map.of("fields", schemaFields, "missingValues", List.of("")));
        return r;
    }
}
