package org.jixiao.rules;

/** A malformed rule registry: names the file, the rule and the reason. The engine refuses to start. */
public class RuleRegistryException extends RuntimeException {

    private final String file;
    private final String ruleId;

    public RuleRegistryException(String file, String ruleId, String reason) {
        super((file == null ? "" : file + ": ") + (ruleId == null ? "" : "rule " + ruleId + ": ") + reason);
        this.file = file;
        this.ruleId = ruleId;
    }

    public String file() {
        return file;
    }

    public String ruleId() {
        return ruleId;
    }
}
