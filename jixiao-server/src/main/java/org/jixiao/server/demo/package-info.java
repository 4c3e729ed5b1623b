/**
 * 演示数据: on the first start with an empty database, the seed reports shipped in {@code demo/*.json} (copied
 * from jixiao-core's test fixtures at build time) are loaded for the demo district 演示区, with one account per
 * role. Our own fixtures must parse: one that does not stops the start and names its file.
 */
package org.jixiao.server.demo;
