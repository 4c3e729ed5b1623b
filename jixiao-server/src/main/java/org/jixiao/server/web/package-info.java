/** The web pages; for now a home page that lists the reports. The full web application is a later issue. */
package org.jixiao.server.web;
