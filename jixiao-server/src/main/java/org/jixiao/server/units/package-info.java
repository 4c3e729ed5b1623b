/**
 * 区 (districts) and 单位 (units): who reports. A unit belongs to one district; a district is the scope of
 * a 财政审核人.
 */
package org.jixiao.server.units;
