/**
 * Value types every feature shares: money ({@link org.jixiao.shared.Amount}, 万元 with two decimals),
 * stated figures with their provenance ({@link org.jixiao.shared.Figure}, {@link org.jixiao.shared.Provenance}),
 * ratios that know about a zero base, and the rounding band of SPEC §3. Plain Java, no framework.
 */
package org.jixiao.shared;
