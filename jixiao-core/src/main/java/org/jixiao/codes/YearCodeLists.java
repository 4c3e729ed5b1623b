package org.jixiao.codes;

import java.util.Map;

/** Both schemes for one fiscal year. */
public record YearCodeLists(int year, Map<Scheme, CodeList> schemes) {

    public CodeList scheme(Scheme scheme) {
        CodeList list = schemes.get(scheme);
        if (list == null) throw new IllegalStateException("no " + scheme.label() + " code list for " + year);
        return list;
    }

    public CodeList functional() {
        return scheme(Scheme.FUNCTIONAL);
    }

    public CodeList economic() {
        return scheme(Scheme.ECONOMIC);
    }
}
