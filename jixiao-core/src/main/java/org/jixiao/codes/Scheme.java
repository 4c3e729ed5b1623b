package org.jixiao.codes;

/** The two classification schemes a report uses. */
public enum Scheme {
    /** 支出功能分类科目: 类 3 digits, 款 5, 项 7. */
    FUNCTIONAL("支出功能分类", "functional.csv"),
    /** 部门预算支出经济分类科目: 类 3 digits, 款 5. */
    ECONOMIC("部门预算支出经济分类", "economic.csv");

    private final String label;
    private final String fileName;

    Scheme(String label, String fileName) {
        this.label = label;
        this.fileName = fileName;
    }

    public String label() {
        return label;
    }

    public String fileName() {
        return fileName;
    }
}
