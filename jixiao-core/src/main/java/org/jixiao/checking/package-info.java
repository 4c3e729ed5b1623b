/**
 * Assembly of the checking engine (审核): the standard rule kinds of every feature and the engine built from
 * the bundled registry and code lists. Callers (CLI, server) start here.
 */
package org.jixiao.checking;
