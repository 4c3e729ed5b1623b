package org.jixiao.rules;

/** How serious a finding is (SPEC §5). */
public enum Severity {
    /** 错误: arithmetic or identity is wrong; blocks submission. */
    ERROR("错误"),
    /** 警告: suspicious; submission needs a written explanation. */
    WARNING("警告"),
    /** 提示: rounding notes, typos, template residue; never blocks. */
    INFO("提示");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** True when this severity is at least as serious as {@code other}. */
    public boolean atLeast(Severity other) {
        return ordinal() <= other.ordinal();
    }
}
