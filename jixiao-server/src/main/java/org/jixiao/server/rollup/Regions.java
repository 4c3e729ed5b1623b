package org.jixiao.server.rollup;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a district's region (地区) into province and city: 湖南省长沙市芙蓉区 → 湖南省, 湖南省长沙市; 湘中省青岚市东城区 →
 * 湘中省, 湘中省青岚市. A municipality (北京市朝阳区) is its own city. The city is named with its province so that two
 * provinces' cities of the same name stay apart.
 */
public final class Regions {

    private static final Pattern REGION = Pattern.compile("^(.+?(?:省|自治区|特别行政区|市))(.+?(?:市|自治州|州|盟|地区))?(.+)$");

    private Regions() {}

    /** {province, city}, or null when the region does not have that shape. */
    public static String[] split(String region) {
        if (region == null || region.isBlank()) return null;
        Matcher m = REGION.matcher(region.strip());
        if (!m.matches()) return null;
        String province = m.group(1);
        String city = m.group(2) == null ? province : province + m.group(2);
        return new String[] {province, city};
    }
}
