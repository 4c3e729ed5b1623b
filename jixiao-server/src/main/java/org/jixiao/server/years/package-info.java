/** 年度: the fiscal years the system accepts reports for, set up by the 管理员. */
package org.jixiao.server.years;
