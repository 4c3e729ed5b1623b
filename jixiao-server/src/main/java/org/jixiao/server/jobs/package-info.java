/**
 * Long jobs (bulk import, bulk render, publishing a district) in a database-backed queue (db-scheduler, table
 * {@code scheduled_tasks}) that every instance polls, with their progress and result in {@code jobs} and the items
 * already taken in {@code job_items}, so a job resumed after a crash repeats nothing.
 */
package org.jixiao.server.jobs;
