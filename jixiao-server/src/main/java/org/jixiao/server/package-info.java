/**
 * The Jixiao server: one package per feature ({@code reports}, {@code units}, {@code accounts}, {@code years},
 * {@code codes}, {@code demo}, {@code web}), each with its ports in the feature root and its Spring JDBC
 * adapter in a {@code persistence} subpackage. The schema is in {@code db/migration} (docs/persistence.md).
 */
package org.jixiao.server;
