package org.jixiao.narrative;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.jixiao.rules.RuleParameters;
import org.jixiao.rules.Violation;

/**
 * A phone number after 电话/联系方式 that is neither a landline (area code 0xx/0xxx, then 7–8 digits) nor an
 * 11-digit mobile number starting with 1.
 */
final class PhoneNumberKind extends TextKind {

    private static final Pattern NON_DIGIT = Pattern.compile("[^0-9]");
    private static final Pattern SEPARATOR = Pattern.compile("[()（）－—\\s]");
    private static final Pattern LEADING_DASHES = Pattern.compile("^-+");
    private static final Pattern AREA_CODE = Pattern.compile("0\\d{2,3}");
    private static final Pattern LOCAL_NUMBER = Pattern.compile("\\d{7,8}");

    private static final String PHONE_STARTS = "电联手";
    private static final Pattern PHONE = Pattern.compile("(电话|联系方式|手机)(号码)?[:：\\s]*([0-9０-９()（）\\-－—\\s]{5,20}\\d)");
    private static final Pattern LANDLINE = Pattern.compile("0\\d{2,3}\\d{7,8}");
    private static final Pattern MOBILE = Pattern.compile("1\\d{10}");

    PhoneNumberKind() {
        super("phone-number", Set.of());
    }

    private static boolean wellFormed(String written, String digits) {
        if (MOBILE.matcher(digits).matches()) return true;
        String[] parts = LEADING_DASHES.matcher(SEPARATOR.matcher(written).replaceAll("-")).replaceAll("").split("-+");
        if (parts.length == 2) return AREA_CODE.matcher(parts[0]).matches() && LOCAL_NUMBER.matcher(parts[1]).matches();
        return LANDLINE.matcher(digits).matches();
    }

    @Override
    List<Violation> check(List<Line> lines, RuleParameters parameters) {
        List<Violation> out = new ArrayList<>();
        for (Line line : lines) {
            for (MatchResult m : Occurrences.of(PHONE, line.text(), PHONE_STARTS)) {
                String written = m.group(3).strip();
                String digits = NON_DIGIT.matcher(written).replaceAll("");
                if (wellFormed(written, digits)) continue;
                out.add(NarrativeKind.violation(line.location(), written, "区号0xx(x)加7–8位号码，或以1开头的11位手机号",
                        "数字" + digits.length() + "位：" + digits));
            }
        }
        return out;
    }
}
