// The report page and editor (报告页与编辑器): spreadsheet-like cells, rows inserted and removed in the row lists,
// live checking, findings, comments, workflow actions, import and history; the 情况说明 sentences drafted from the
// tables beside the written paragraphs (read-only, redrafted with every preview) and last year's figures (上年数)
// carried over. Talks to /api/v1/reports/{id}/… with the CSRF header (api.js).
import { api, ApiError, el } from './api.js';
import { attachGridKeys, pasteBlock } from './grid-keys.js';
import { insertRow, listOf, mayInsertAt, rebase, removeRow, rowLists, rowName, rowOps } from './grid-rows.js';

const root = document.getElementById('editor');
const id = root.dataset.reportId;
const base = `/api/v1/reports/${id}`;
const editable = root.dataset.editable === 'true';
const isUnit = root.dataset.unit === 'true';
const isReviewer = root.dataset.reviewer === 'true';
const SEVERITY = { ERROR: '错误', WARNING: '警告', INFO: '提示' };
const PENDING_EDITS = `jixiao-edits-${id}`;
const PENDING_NOTES = `jixiao-import-notes-${id}`;

const state = {
  version: Number(root.dataset.version),
  lockVersion: Number(root.dataset.lockVersion),
  check: null,
  currentRow: null,          // the row of a row list whose cell had the focus last (插入行/删除行 act on it)
  comments: [],
  pendingComments: [],       // reviewer's comments on cells/findings before 退回
  previewTimer: null,
  previewSeq: 0,
  prior: null,               // GET …/prior-year: last year's report and the prior-year fields
  drafted: [],               // the 情况说明 drafted from the current (unsaved) content
};

const $ = (sel) => document.querySelector(sel);
const cells = () => document.querySelectorAll('[data-pointer]');
const cellAt = (pointer) => document.querySelector(`[data-pointer="${CSS.escape(pointer)}"]`);

function status(text, kind = '') {
  const s = $('#status');
  s.textContent = text;
  s.className = `status ${kind}`;
}

function show(elId, on) { const e = document.getElementById(elId); if (e) e.hidden = !on; }

// ---- edits -------------------------------------------------------------------------------------------------
// The unsaved edits are read off the page when needed: the row edits (grid-rows.js), then every cell whose value
// differs from the saved one (data-original), by the pointer it has now.

/** The saved value of a cell (the page leaves data-original out for a blank one). */
const savedValue = (c) => c.dataset.original ?? '';

function dirtyCells() {
  return [...cells()].filter((c) => !c.readOnly && c.value !== undefined && c.value !== savedValue(c));
}

function changeCount() {
  return rowOps().length + dirtyCells().length;
}

function recordEdit(input) {
  const pointer = input.dataset.pointer;
  const dirty = input.value !== savedValue(input);
  input.classList.toggle('dirty', dirty);
  if (!dirty) input.classList.remove('carried');
  updateDirty();
  if (state.prior?.byPointer?.has(pointer)) renderPriorFields();
  schedulePreview();
}

function updateDirty() {
  const n = changeCount();
  const counter = $('#dirty-count');
  if (counter) counter.textContent = n ? `${n} 处未保存的修改` : '';
  const save = $('#save');
  if (save) save.disabled = n === 0;
}

function editList() {
  return [...rowOps(), ...dirtyCells().map((c) => ({ pointer: c.dataset.pointer, value: c.value }))];
}

/** The findings panel is aria-busy while a check is scheduled or running: what it shows may be about to change. */
function setBusy(on) {
  $('#findings')?.setAttribute('aria-busy', String(on));
}

function schedulePreview() {
  clearTimeout(state.previewTimer);
  setBusy(true);
  state.previewTimer = setTimeout(() => { state.previewTimer = null; preview(); }, 300);
}

async function preview() {
  const seq = ++state.previewSeq;
  setBusy(true);
  $('#checking').textContent = '检查中…';
  try {
    let result;
    if (changeCount()) {
      result = await api('POST', `${base}/preview`, { version: state.version, edits: editList() });
    } else {
      const current = await api('GET', `${base}/editor`);
      result = { stale: current.version !== state.version, currentVersion: current.version, check: current.check, drafted: current.drafted };
    }
    if (seq !== state.previewSeq) return; // a newer preview is on its way
    showStale(result.stale, result.currentVersion);
    renderCheck(result.check);
    renderDrafted(result.drafted || []);
    $('#checking').textContent = '';
  } catch (e) {
    if (seq !== state.previewSeq) return;
    $('#checking').textContent = '';
    status(`检查未完成：${e.message}`, 'error');
  }
  setBusy(state.previewTimer !== null);
}

function showStale(stale, currentVersion) {
  const box = $('#stale');
  box.hidden = !stale;
  if (stale) {
    box.textContent = `其他人已保存了第${currentVersion}版（您打开的是第${state.version}版）。保存前请“重新载入并重新应用我的修改”。`;
    show('conflict', true);
    $('#conflict-message').textContent = '';
  }
}

// ---- findings ----------------------------------------------------------------------------------------------

function renderCheck(check) {
  state.check = check;
  $('#finding-count-error').textContent = check.errors;
  $('#finding-count-warning').textContent = check.warnings;
  $('#finding-count-info').textContent = check.infos;
  for (const c of document.querySelectorAll('.finding-ERROR, .finding-WARNING, .finding-INFO')) {
    c.classList.remove('finding-ERROR', 'finding-WARNING', 'finding-INFO');
    if (c.dataset.findingTitle) { c.title = c.dataset.baseTitle || ''; delete c.dataset.findingTitle; }
  }
  for (const td of document.querySelectorAll('td[data-expected]')) delete td.dataset.expected;
  const list = $('#finding-list');
  list.replaceChildren();
  if (!check.findings.length) list.append(el('li', { class: 'notice' }, '未发现问题。'));
  for (const f of check.findings) {
    const targets = f.pointer ? targetsOf(f.pointer) : [];
    for (const t of targets) {
      if (!t.classList.contains('finding-ERROR')) t.classList.add(`finding-${f.severity}`);
      if (t.dataset.baseTitle === undefined) t.dataset.baseTitle = t.title || '';
      t.dataset.findingTitle = '1';
      t.title = `${t.dataset.baseTitle ? t.dataset.baseTitle + '\n' : ''}${SEVERITY[f.severity]} ${f.rule}：${f.message}`;
    }
    // The recomputed value (total, rate, score) under the cell it concerns, as the check says it should be.
    const exact = f.pointer && f.expected && f.expected.length <= 24 && f.severity !== 'INFO' ? cellAt(f.pointer)?.closest('td') : null;
    if (exact && !exact.dataset.expected) exact.dataset.expected = `应为 ${f.expected}`;
    const item = el('li', { class: `finding ${f.severity}${targets.length ? ' locatable' : ''}`, dataset: { findingKey: f.key, severity: f.severity } },
      el('span', { class: `badge ${f.severity}` }, SEVERITY[f.severity]), ' ',
      el('strong', {}, f.rule), ' ', f.message,
      el('div', { class: 'evidence' },
        f.location ? `位置：${f.location}` : null,
        f.stated ? el('div', {}, `填报值：${f.stated}`) : null,
        f.expected ? el('div', {}, `应为：${f.expected}`) : null,
        f.formula ? el('div', {}, `算式：${f.formula}`) : null),
      commentsFor(f.key));
    if (targets.length) item.addEventListener('click', (e) => { if (!e.target.closest('textarea, button')) focusPointer(f.pointer); });
    if (f.severity === 'WARNING') item.append(explanationBox(f));
    if (isReviewer && $('#return')) item.append(el('button', { type: 'button', class: 'secondary add-comment', onclick: () => addPendingComment(f.key, `发现 ${f.rule}`) }, '添加意见'));
    list.append(item);
  }
  markComments();
}

/** The cells a pointer names: the cell itself, or every cell under a row/table/sheet pointer. */
function targetsOf(pointer) {
  const exact = cellAt(pointer);
  if (exact) return [exact];
  return [...cells()].filter((c) => c.dataset.pointer.startsWith(`${pointer}/`));
}

function focusPointer(pointer) {
  const targets = targetsOf(pointer);
  if (!targets.length) return;
  const first = targets[0];
  first.closest('details')?.setAttribute('open', '');
  first.scrollIntoView({ block: 'center', behavior: 'smooth' });
  first.focus({ preventScroll: true });
  for (const t of targets) { t.classList.remove('flash'); void t.offsetWidth; t.classList.add('flash'); }
}

function explanationBox(f) {
  const box = el('div', { class: 'explanation' });
  if (f.explanation) box.append(el('p', { class: 'explained' }, `已说明：${f.explanation}`));
  if (isUnit && editable) {
    const text = el('textarea', { rows: 2, placeholder: '情况说明：为何此警告不需修改', 'aria-label': '情况说明' });
    text.value = f.explanation || '';
    const button = el('button', { type: 'button', class: 'secondary' }, f.explanation ? '更新说明' : '保存说明');
    button.addEventListener('click', async () => {
      try {
        await api('PUT', `${base}/explanations`, { findingKey: f.key, text: text.value });
        f.explanation = text.value.trim() || null;
        status('情况说明已保存。', 'notice');
        preview();
      } catch (e) { status(e.message, 'error'); }
    });
    box.append(text, button);
  } else if (!f.explanation) {
    box.append(el('p', { class: 'hint' }, '尚未说明。'));
  }
  return box;
}

// ---- the drafted 情况说明 beside the written paragraphs ----------------------------------------------------------

/**
 * Shows each drafted paragraph's generated sentences (read-only) beside the narrative section a person writes its
 * reasons in (its `sources`), and those without such a section in #drafted-unmatched. A sentence that changed since
 * the last preview flashes.
 */
function renderDrafted(drafted) {
  const before = new Set(state.drafted.flatMap((p) => p.generated));
  state.drafted = drafted;
  const beside = new Map();
  const unmatched = [];
  for (const p of drafted) {
    if (p.copied || !p.generated.length) continue;
    const sections = p.sources.map((s) => document.querySelector(`details[data-section-pointer="${CSS.escape(s)}"]`)).filter(Boolean);
    if (!sections.length) { unmatched.push(p); continue; }
    for (const d of sections) {
      if (!beside.has(d)) beside.set(d, []);
      beside.get(d).push(p);
    }
  }
  for (const d of document.querySelectorAll('details[data-section-pointer]')) {
    const box = d.querySelector('.drafted-beside');
    const mine = beside.get(d) || [];
    box.replaceChildren(...mine.map((p) => draftedParagraph(p, before, d)));
    box.hidden = !mine.length;
    d.querySelector('.narrative-body').classList.toggle('has-drafted', mine.length > 0);
  }
  const rest = $('#drafted-unmatched');
  if (rest) {
    rest.querySelector('ol').replaceChildren(...unmatched.map((p) => el('li', {}, draftedParagraph(p, before, null))));
    rest.hidden = !unmatched.length;
  }
}

function draftedParagraph(p, before, section) {
  const sentence = el('p', { class: 'generated', title: '由表格中的数生成，只读；修改表中的数后随即更新' },
    el('span', { class: 'tag' }, '自动生成'), p.generated.join(''));
  if (p.generated.some((g) => !before.has(g)) && before.size) sentence.classList.add('changed');
  const human = p.human.length
    ? el('p', { class: 'human' }, el('span', { class: 'tag' }, '人工撰写'), p.human.join(''))
    : el('p', { class: 'human missing' }, section
      ? '尚无原因：可在左侧段落中写“主要原因是……”，生成文档时接在上面的语句之后。'
      : '本报告的文字部分没有对应的段落，原因无处可写。');
  return el('div', { class: 'drafted-paragraph', dataset: { headings: p.headings.join(' / ') } },
    el('p', { class: 'drafted-heading' }, p.headings.join(' ')), sentence, human);
}

// ---- 上年数 (last year's figures) ---------------------------------------------------------------------------

/** 1,474.07 and 1474.070 are the same amount; other texts compare as written. No floating point. */
function sameValue(a, b) {
  const norm = (t) => {
    const x = String(t).replace(/[\s,，]/g, '').replace(/万元$/, '');
    const m = /^([+-]?)(\d*)(?:\.(\d*))?$/.exec(x);
    if (!m || (!m[2] && !m[3])) return `text:${String(t).trim()}`;
    const whole = m[2].replace(/^0+(?=\d)/, '') || '0';
    const frac = (m[3] || '').replace(/0+$/, '');
    const zero = /^0*$/.test(whole + frac);
    return `${zero ? '' : m[1] === '-' ? '-' : ''}${whole}.${frac}`;
  };
  return norm(a) === norm(b);
}

/** What carrying a field over would do now, against the value in the page (saved or typed). */
function liveStatus(f) {
  if (!f.pointer) return { code: 'NO_PLACE', label: '本报告没有此位置，未带入', current: '' };
  const c = cellAt(f.pointer);
  if (!c) return { code: 'NO_PLACE', label: '本报告没有此位置，未带入', current: '' };
  const current = c.value.trim();
  if (!current) return { code: 'FILL', label: '将带入', current };
  if (c.classList.contains('carried') && current === f.value.trim()) return { code: 'FILL', label: '已带入（未保存）', current };
  if (sameValue(current, f.value)) return { code: 'SAME', label: '相同', current };
  return { code: 'DIFFERENT', label: '与上年报告不同，保留本报告的数', current };
}

async function loadPriorYear() {
  const message = $('#prior-year-message');
  if (!message) return;
  try {
    const prior = await api('GET', `${base}/prior-year`);
    prior.byPointer = new Map(prior.fields.filter((f) => f.pointer).map((f) => [f.pointer, f]));
    state.prior = prior;
  } catch (e) {
    message.textContent = `上年数未能读取：${e.message}`;
    return;
  }
  const p = state.prior;
  // Without last year's report (or without figures in it) the server's sentence says why; otherwise the page counts
  // against what the cells hold now, typed or carried, not only against the saved version.
  if (p.available && p.fields.length) {
    message.replaceChildren(`上年报告：${p.source.basis}。`, el('span', { id: 'prior-year-counts' }), ' ',
      el('a', { href: `/reports/${p.source.reportId}`, id: 'prior-year-source' }, `打开${p.source.fiscalYear}年度报告`));
  } else {
    message.replaceChildren(p.message, p.source ? ' ' : '',
      p.source ? el('a', { href: `/reports/${p.source.reportId}`, id: 'prior-year-source' }, `打开${p.source.fiscalYear}年度报告`) : '');
  }
  message.className = p.available ? '' : 'hint';
  for (const f of p.fields) {
    const c = f.pointer ? cellAt(f.pointer) : null;
    if (!c) continue;
    if (c.dataset.baseTitle === undefined) c.dataset.baseTitle = c.title || '';
    if (!c.dataset.baseTitle.includes('上年报告')) c.dataset.baseTitle = `${c.dataset.baseTitle ? c.dataset.baseTitle + '\n' : ''}上年报告（${f.from}）：${f.value}`;
    if (!c.dataset.findingTitle) c.title = c.dataset.baseTitle;
  }
  renderPriorFields();
}

function renderPriorFields() {
  const p = state.prior;
  if (!p) return;
  const counts = { FILL: 0, CARRIED: 0, SAME: 0, DIFFERENT: 0, NO_PLACE: 0 };
  const rows = p.fields.map((f) => {
    const s = liveStatus(f);
    counts[s.label.startsWith('已带入') ? 'CARRIED' : s.code]++;
    const row = el('tr', { dataset: { field: f.pointer || '', status: s.code } },
      el('td', {}, f.label), el('td', { class: 'num', title: f.from }, f.value), el('td', { class: 'num' }, s.current || '—'),
      el('td', { class: `status-${s.code}` }, s.label));
    if (f.pointer && cellAt(f.pointer)) {
      row.classList.add('locatable');
      row.addEventListener('click', () => focusPointer(f.pointer));
    }
    return row;
  });
  $('#prior-year-fields tbody').replaceChildren(...rows);
  const summary = $('#prior-year-counts');
  if (summary) {
    summary.textContent = `可带入 ${counts.FILL} 处，${counts.CARRIED ? `已带入（未保存）${counts.CARRIED} 处，` : ''}与本报告相同 ${counts.SAME} 处，`
      + `不同 ${counts.DIFFERENT} 处（保留本报告的数，不覆盖）${counts.NO_PLACE ? `，本报告没有位置 ${counts.NO_PLACE} 处` : ''}。`;
  }
  $('#prior-year-details').hidden = !p.fields.length;
  const button = $('#carry-over');
  if (button) {
    const fillable = p.fields.filter((f) => { const c = f.pointer ? cellAt(f.pointer) : null; return c && !c.readOnly && !c.value.trim(); }).length;
    button.hidden = !p.available || !p.fields.length;
    button.disabled = fillable === 0;
    button.textContent = fillable ? `从上年报告带入上年数（${fillable} 处）` : '从上年报告带入上年数（没有空着的上年数）';
  }
}

/**
 * Fills the empty prior-year fields with last year's figures as unsaved edits (live check and redrafting follow; the
 * user saves, and each cell is audited like a typed one). A field with a value, typed or saved, is never changed:
 * where it differs from last year's report the table says so.
 */
function carryOver() {
  const p = state.prior;
  if (!p) return;
  let filled = 0;
  const differing = [];
  for (const f of p.fields) {
    const c = f.pointer ? cellAt(f.pointer) : null;
    if (!c || c.readOnly) continue;
    if (!c.value.trim()) {
      c.value = f.value;
      c.classList.add('carried');
      recordEdit(c);
      filled++;
    } else if (!sameValue(c.value, f.value)) {
      differing.push(`${f.label}：本报告 ${c.value.trim()}，上年报告 ${f.value}`);
    }
  }
  renderPriorFields();
  $('#prior-year-details').open = true;
  const parts = [filled ? `已带入 ${filled} 处上年数（尚未保存，请检查后保存）` : '没有空着的上年数可带入'];
  if (differing.length) parts.push(`${differing.length} 处与上年报告不同，保留了本报告的数（${differing.slice(0, 3).join('；')}${differing.length > 3 ? '……' : ''}）`);
  status(`${parts.join('；')}。`, filled ? 'notice' : '');
}

// ---- comments ----------------------------------------------------------------------------------------------

async function loadComments() {
  try { state.comments = await api('GET', `${base}/comments`); } catch (e) { state.comments = []; }
  const list = $('#comments');
  list.replaceChildren();
  if (!state.comments.length) list.append(el('li', { class: 'hint' }, '暂无意见。'));
  for (const c of state.comments) {
    const where = !c.anchor ? '总体意见' : c.anchor.startsWith('/') ? `单元格 ${labelOf(c.anchor)}` : `发现 ${c.anchor}`;
    const item = el('li', { dataset: { anchor: c.anchor || '' } },
      el('strong', {}, `第${c.version}版 · ${c.author}`), ` ${new Date(c.createdAt).toLocaleString('zh-CN')} · ${where}：`, c.body);
    if (c.anchor && c.anchor.startsWith('/') && targetsOf(c.anchor).length) {
      item.classList.add('locatable');
      item.addEventListener('click', () => focusPointer(c.anchor));
    }
    list.append(item);
  }
  markComments();
  if (state.check) renderCheck(state.check);
}

function commentsFor(key) {
  const mine = state.comments.filter((c) => c.anchor === key);
  return mine.length ? el('ul', { class: 'finding-comments' }, mine.map((c) => el('li', {}, `审核意见（${c.author}）：${c.body}`))) : null;
}

function markComments() {
  for (const c of state.comments) {
    if (!c.anchor || !c.anchor.startsWith('/')) continue;
    for (const t of targetsOf(c.anchor)) {
      t.classList.add('has-comment');
      if (!t.title.includes(c.body)) t.title = `${t.title ? t.title + '\n' : ''}审核意见：${c.body}`;
    }
  }
}

function labelOf(pointer) {
  const cell = cellAt(pointer);
  if (!cell) return pointer;
  const row = cell.closest('tr');
  const table = cell.closest('table');
  const rowLabel = table?.dataset.rowsPointer ? rowName(row) : row?.querySelector('th')?.textContent || '';
  const column = table && cell.closest('td') ? table.querySelectorAll('thead th')[cell.closest('td').cellIndex]?.textContent : '';
  const title = cell.closest('.grid-wrap')?.querySelector('h3')?.textContent || cell.closest('details')?.querySelector('summary')?.textContent || '';
  return `${title} ${rowLabel} ${column || ''}`.trim();
}

/** Adds a comment box for a cell or finding to the review box (the reviewer writes it there; sent with 退回). */
function addPendingComment(anchor, label) {
  const existing = state.pendingComments.find((c) => c.anchor === anchor);
  if (existing) { existing.text.focus(); return; }
  const text = el('textarea', { rows: 2, class: 'pending-body', 'aria-label': `对 ${label} 的意见`, placeholder: `对“${label}”的意见` });
  const entry = { anchor, label, text };
  const item = el('li', { dataset: { anchor } }, el('div', {}, `${label}：`), text,
    el('button', { type: 'button', class: 'link', onclick: () => {
      state.pendingComments.splice(state.pendingComments.indexOf(entry), 1);
      item.remove();
    } }, '删除'));
  state.pendingComments.push(entry);
  $('#pending-comments').append(item);
  item.scrollIntoView({ block: 'nearest' });
  text.focus();
}

// ---- workflow ----------------------------------------------------------------------------------------------

async function step(action, extra = {}) {
  try {
    await api('POST', `${base}/${action}`, { lockVersion: state.lockVersion, ...extra });
    sessionStorage.removeItem(PENDING_EDITS);
    location.reload();
  } catch (e) {
    status(e.message, 'error');
    if (action === 'submit' && e instanceof ApiError && e.status === 409) showReadiness(e);
  }
}

async function showReadiness(error) {
  let reasons = error.problem?.details || [];
  try { const r = await api('GET', `${base}/readiness`); if (r.reasons?.length) reasons = r.reasons; } catch (e) { /* keep the problem's */ }
  $('#readiness-reasons').replaceChildren(...reasons.map((r) => el('li', {}, r)));
  show('readiness', reasons.length > 0);
}

function wireActions() {
  $('#save')?.addEventListener('click', save);
  $('#submit')?.addEventListener('click', () => {
    if (changeCount()) { status('请先保存修改，再提交。', 'error'); return; }
    step('submit');
  });
  $('#approve')?.addEventListener('click', () => step('approve'));
  $('#publish')?.addEventListener('click', () => { if (window.confirm('公开后该版本不可更改，确定公开？')) step('publish'); });
  $('#reopen')?.addEventListener('click', () => {
    const reason = $('#reopen-reason').value.trim();
    if (!reason) { status('发起更正须填写原因。', 'error'); $('#reopen-reason').focus(); return; }
    step('reopen', { reason });
  });
  $('#return')?.addEventListener('click', () => {
    const general = $('#comment-body').value.trim();
    const attached = state.pendingComments.map(({ anchor, text }) => ({ anchor, body: text.value.trim() })).filter((c) => c.body);
    const comments = [...(general ? [{ anchor: null, body: general }] : []), ...attached];
    if (!comments.length) { status('退回须至少写一条意见（总体意见或附在单元格、发现上）。', 'error'); $('#comment-body').focus(); return; }
    step('return', { comments });
  });
  $('#reload-reapply')?.addEventListener('click', () => {
    sessionStorage.setItem(PENDING_EDITS, JSON.stringify(editList()));
    location.reload();
  });
  $('#upload-form')?.addEventListener('submit', upload);
  $('#show-changes')?.addEventListener('click', showChanges);
  $('#carry-over')?.addEventListener('click', carryOver);
}

async function save() {
  if (!changeCount()) return;
  // A check scheduled or still running for the edits being saved must not answer after the save (it would compare
  // against the version this save replaces and say that someone else saved): cancel it and ignore its answer.
  clearTimeout(state.previewTimer);
  state.previewTimer = null;
  state.previewSeq++;
  $('#checking').textContent = '';
  const note = $('#save-note')?.value || '';
  $('#save').disabled = true;
  status('保存中…');
  try {
    const saved = await api('PUT', `${base}/content`, { lockVersion: state.lockVersion, edits: editList(), note });
    state.version = saved.version;
    state.lockVersion = saved.lockVersion;
    for (const c of dirtyCells()) { c.value = c.value.trim(); c.dataset.original = c.value; c.classList.remove('dirty'); }
    rebase(root);
    updateDirty();
    $('#report-version').textContent = `第${saved.version}版`;
    if ($('#save-note')) $('#save-note').value = '';
    show('conflict', false);
    show('stale', false);
    for (const c of document.querySelectorAll('.cell.carried')) c.classList.remove('carried');
    renderCheck(saved.check);
    renderDrafted(saved.drafted || []);
    if (state.prior) loadPriorYear();
    status(`已保存为第${saved.version}版。`, 'notice');
    loadVersions();
  } catch (e) {
    updateDirty();
    if (e instanceof ApiError && e.status === 409) {
      $('#conflict-message').textContent = `${e.message} 您的 ${changeCount()} 处修改仍保留在页面上。`;
      show('conflict', true);
      status('未保存：与他人的保存冲突。', 'error');
    } else {
      status(`未保存：${e.message}`, 'error');
    }
  }
  setBusy(state.previewTimer !== null);
}

function reapplyPendingEdits() {
  const text = sessionStorage.getItem(PENDING_EDITS);
  if (!text) return;
  sessionStorage.removeItem(PENDING_EDITS);
  let missing = 0;
  for (const { op, pointer, value } of JSON.parse(text)) {
    if (op === 'insertRow' || op === 'removeRow') {
      const table = listOf(pointer, root);
      const index = Number(pointer.slice(pointer.lastIndexOf('/') + 1));
      const tr = table?.tBodies[0].rows[index];
      if (op === 'insertRow' && table && mayInsertAt(table, index)) insertRow(table, index).forEach(wireCell);
      else if (op === 'removeRow' && tr && removeRow(tr)) { /* removed */ } else missing++;
      continue;
    }
    const c = cellAt(pointer);
    if (!c || c.readOnly) { missing++; continue; }
    c.value = value;
    recordEdit(c);
  }
  updateDirty();
  schedulePreview();
  status(`已载入最新版本并重新应用您的修改${missing ? `（${missing} 处无法应用）` : ''}，请检查后保存。`, missing ? 'error' : 'notice');
}

// ---- import ------------------------------------------------------------------------------------------------

async function upload(event) {
  event.preventDefault();
  const file = $('#upload').files[0];
  if (!file) { status('请选择要导入的文件（DOCX、XLSX、PDF 或文本）。', 'error'); return; }
  if (changeCount() && !window.confirm('导入将替换当前内容，未保存的修改会丢失。继续？')) return;
  const form = new FormData();
  form.append('file', file);
  form.append('lockVersion', String(state.lockVersion));
  status(`正在导入 ${file.name}…`);
  try {
    const saved = await api('POST', `${base}/import`, form);
    sessionStorage.setItem(PENDING_NOTES, JSON.stringify({ file: file.name, version: saved.version, notes: saved.notes || [] }));
    location.reload();
  } catch (e) { status(`导入失败：${e.message}`, 'error'); }
}

function showImportNotes() {
  const text = sessionStorage.getItem(PENDING_NOTES);
  if (!text) return;
  sessionStorage.removeItem(PENDING_NOTES);
  const { file, version, notes } = JSON.parse(text);
  status(`已导入 ${file}，生成第${version}版。单元格的来源位置显示在其提示中（鼠标悬停）。`, 'notice');
  $('#import-notes-list').replaceChildren(...(notes.length ? notes : ['全部内容均已归位。']).map((n) => el('li', {}, n)));
  show('import-notes', true);
}

// ---- history -----------------------------------------------------------------------------------------------

async function loadVersions() {
  let versions = [];
  try { versions = await api('GET', `${base}/versions`); } catch (e) { return; }
  $('#versions').replaceChildren(...versions.map((v) => el('li', { dataset: { version: v.number } },
    `第${v.number}版 · ${v.author} · ${new Date(v.createdAt).toLocaleString('zh-CN')}${v.note ? ` · ${v.note}` : ''}`)));
  const options = (selected) => versions.map((v) => { const o = el('option', { value: v.number }, `第${v.number}版`); o.selected = v.number === selected; return o; });
  const numbers = versions.map((v) => v.number).sort((a, b) => a - b);
  const last = numbers[numbers.length - 1];
  const prev = numbers.length > 1 ? numbers[numbers.length - 2] : last;
  $('#change-from').replaceChildren(...options(prev));
  $('#change-to').replaceChildren(...options(last));
}

async function showChanges() {
  const from = $('#change-from').value;
  const to = $('#change-to').value;
  const list = $('#changes');
  try {
    const changes = await api('GET', `${base}/changes?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`);
    list.replaceChildren(...(changes.length ? changes.map((c) => el('li', { dataset: { pointer: c.pointer } },
      `${c.label}：${c.before ?? '（无）'} → ${c.after ?? '（无）'}`)) : [el('li', { class: 'hint' }, '两个版本的内容相同。')]));
  } catch (e) { list.replaceChildren(el('li', { class: 'error' }, e.message)); }
}

// ---- rows --------------------------------------------------------------------------------------------------
// 插入行 / 删除行 above each row list, and the keys Ctrl+Enter (insert below the current row), Ctrl+Shift+Enter
// (insert above it) and Ctrl+Delete (remove it). The page changes at once; the live check follows.

function currentRowOf(table) {
  return state.currentRow && state.currentRow.isConnected && table.contains(state.currentRow) ? state.currentRow : null;
}

function selectRow(tr) {
  if (state.currentRow && state.currentRow !== tr) state.currentRow.classList.remove('current');
  state.currentRow = tr;
  tr?.classList.add('current');
}

/** Inserts a row at `index` of the table (or says why not) and focuses its first cell. */
function insertAt(table, index) {
  if (!mayInsertAt(table, index)) {
    status(table.dataset.insertTop === 'false'
      ? '这里不能插入行：基础数据表只有“项目支出”下可以增加明细行，请选中“项目支出”或其明细行再插入。'
      : '这里不能插入行。', 'error');
    return false;
  }
  const inputs = insertRow(table, index);
  inputs.forEach(wireCell);
  inputs.filter((i) => i.value !== savedValue(i)).forEach((i) => i.classList.add('dirty'));
  const first = inputs.find((i) => !i.readOnly);
  if (first) { first.focus(); first.select(); }
  selectRow(first?.closest('tr') || null);
  updateDirty();
  schedulePreview();
  status(`已在${table.closest('.grid-wrap')?.querySelector('h3')?.textContent || ''}插入第${index + 1}行，保存后生效。`, 'notice');
  return true;
}

function removeAt(tr) {
  const table = tr.closest('table');
  const name = rowName(tr);
  if (tr.dataset.fixed === 'true') {
    status(`“${name}”是表格的固定行，不能删除；不需要的数值请清空。`, 'error');
    return false;
  }
  const rows = [...table.tBodies[0].rows];
  const index = rows.indexOf(tr);
  const column = document.activeElement?.closest('td')?.cellIndex ?? 1;
  removeRow(tr);
  const next = table.tBodies[0].rows[Math.min(index, table.tBodies[0].rows.length - 1)];
  const focus = next ? next.cells[column]?.querySelector('input.cell') || next.querySelector('input.cell') : null;
  if (focus) { focus.focus(); focus.select(); }
  selectRow(next || null);
  updateDirty();
  schedulePreview();
  status(`已删除“${name}”，保存后生效。`, 'notice');
  return true;
}

/** Where 插入行 puts a row: below the current row, else after the last row that takes one below it. */
function insertBelowCurrent(table) {
  const current = currentRowOf(table);
  const rows = [...table.tBodies[0].rows];
  if (current) return insertAt(table, rows.indexOf(current) + 1);
  for (let i = rows.length; i >= 0; i--) if (mayInsertAt(table, i)) return insertAt(table, i);
  return insertAt(table, rows.length);
}

function wireRows() {
  rebase(root);
  if (!editable) return;
  root.addEventListener('focusin', (e) => {
    const tr = e.target.closest?.('table[data-rows-pointer] tbody tr');
    if (tr && e.target.matches('[data-pointer]')) selectRow(tr);
  });
  for (const bar of document.querySelectorAll('.row-actions[data-grid]')) {
    const table = document.getElementById(bar.dataset.grid);
    if (!table) continue;
    bar.querySelector('.insert-row')?.addEventListener('click', () => insertBelowCurrent(table));
    bar.querySelector('.remove-row')?.addEventListener('click', () => {
      const current = currentRowOf(table);
      if (current) removeAt(current);
      else status('请先点击要删除的行中的某个单元格，再点“删除行”。', 'error');
    });
  }
}

/** Ctrl+Enter, Ctrl+Shift+Enter, Ctrl+Delete in a row list's cell. */
function onRowKey(input, action) {
  const tr = input.closest('table[data-rows-pointer] tbody tr');
  if (!editable || !tr) return false;
  const table = tr.closest('table');
  const index = [...table.tBodies[0].rows].indexOf(tr);
  if (action === 'remove') removeAt(tr);
  else insertAt(table, action === 'insertAbove' ? index : index + 1);
  return true;
}

/** Pasting a block taller than the rest of a row list adds rows at its end first (where the list takes them). */
function paste(input, text) {
  const tr = input.closest('tr');
  const table = input.closest('table[data-rows-pointer]');
  let added = 0;
  if (table && tr) {
    const lines = text.replace(/\r\n?/g, '\n').replace(/\n$/, '').split('\n').length;
    const rows = table.tBodies[0].rows;
    const missing = lines - (rows.length - tr.sectionRowIndex);
    for (let i = 0; i < missing && mayInsertAt(table, rows.length); i++, added++) insertRow(table, rows.length).forEach(wireCell);
  }
  const changed = pasteBlock(input, text);
  changed.forEach((c) => c.classList.toggle('dirty', c.value !== savedValue(c)));
  if (changed.length || added) {
    updateDirty();
    schedulePreview();
    status(`已粘贴 ${changed.length} 个单元格${added ? `，新增 ${added} 行` : ''}。`, 'notice');
  }
  return changed.length > 0 || added > 0;
}

// ---- start -------------------------------------------------------------------------------------------------

function wireCell(c) {
  if (c.title) c.dataset.baseTitle = c.title;
  if (editable && !c.readOnly) c.addEventListener('input', () => recordEdit(c));
  if (isReviewer && $('#return')) {
    c.addEventListener('dblclick', () => addPendingComment(c.dataset.pointer, labelOf(c.dataset.pointer)));
  }
}

function wireCells() {
  for (const c of cells()) wireCell(c);
  wireRows();
  attachGridKeys(root, {
    onCancel: (input) => recordEdit(input),
    onPaste: editable ? paste : null,
    onRowKey: editable && rowLists(root).length ? onRowKey : null,
  });
  if (isReviewer && $('#return')) {
    const hint = document.querySelector('#review-box .hint');
    if (hint) hint.textContent = '双击表格中的单元格，或点击发现列表中的“添加意见”，可把意见附在该单元格或该发现上。';
  }
}

async function start() {
  wireCells();
  wireActions();
  showImportNotes();
  updateDirty();
  await loadComments();
  await loadPriorYear();
  reapplyPendingEdits();
  if (!changeCount()) await preview();
  loadVersions();
}

start();
