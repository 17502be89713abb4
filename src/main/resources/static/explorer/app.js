// The explorer: search, entity panel, graph, path finder and exports, with every state in the URL.
import { ApiError, gql, QUERIES, setApiKey, subscribe } from './api.js';
import { displayName, language, setLanguage, t, translatePage, kindName } from './i18n.js';
import { element } from './dom.js';
import { attachSearch } from './search.js';
import { documentDetails, loadDocument, renderEntity } from './entity.js';
import { drawLegend, GraphView, KIND_COLOURS, NEIGHBOURHOOD_LIMIT } from './graph.js';
import * as exports from './exports.js';
import { readState } from './state.js';
import { renderOverview } from './overview.js';

const $ = (selector) => document.querySelector(selector);

const view = {
  entityId: null,
  entity: null,
  rows: [],
  graph: null,
};

// ---- URL state ----------------------------------------------------------------------------

function writeUrl({ push = false } = {}) {
  const params = new URLSearchParams();
  if (view.entityId) params.set('id', view.entityId);
  const graph = view.graph;
  if (graph) {
    if (graph.depth > 1) params.set('depth', graph.depth);
    if (graph.limit !== NEIGHBOURHOOD_LIMIT) params.set('limit', graph.limit);
    // The drawing: its centre, then the nodes expanded since, when that is not just the entity shown.
    if (graph.expanded.length && graph.expanded.join(',') !== view.entityId) params.set('graph', graph.expanded.join(','));
    if (graph.hiddenKinds.size) params.set('hide', [...graph.hiddenKinds].join(','));
    if (graph.path) params.set('path', `${graph.path.from}~${graph.path.to}`);
  }
  const drawer = $('#document');
  if (!drawer.hidden && drawer.dataset.id) {
    params.set('doc', drawer.dataset.id);
    if (drawer.dataset.quote) params.set('quote', drawer.dataset.quote);
  }
  params.set('lang', language());
  const url = `${location.pathname}?${params}`;
  if (url !== `${location.pathname}${location.search}`) {
    history[push ? 'pushState' : 'replaceState'](null, '', url);
  }
}

// ---- Messages -----------------------------------------------------------------------------

function showMessage(text, { retry, askKey, level = 'error' } = {}) {
  const box = $('#message');
  const parts = [element('span', { class: 'message-text' }, text)];
  if (askKey) {
    const input = element('input', { type: 'password', 'aria-label': t('enterKey'), placeholder: t('enterKey') });
    parts.push(input, element('button', { type: 'button', onclick: () => { setApiKey(input.value.trim()); hideMessage(); retry?.(); } }, 'OK'));
  } else if (retry) {
    parts.push(element('button', { type: 'button', class: 'retry', onclick: () => { hideMessage(); retry(); } }, t('retry')));
  }
  parts.push(element('button', { type: 'button', class: 'dismiss', 'aria-label': t('close'), onclick: hideMessage }, '×'));
  box.replaceChildren(...parts);
  box.className = `message ${level}`;
  box.hidden = false;
}

function hideMessage() {
  $('#message').hidden = true;
}

function showError(error, retry) {
  const kind = error instanceof ApiError ? error.kind : 'server';
  showMessage(t(kind, { detail: error.detail || error.message }), { retry, askKey: kind === 'unauthorized' });
  $('#message').dataset.kind = kind;
}

// ---- Entity -------------------------------------------------------------------------------

async function openEntity(id, { push = true, draw = true, url = null } = {}) {
  view.entityId = id;
  const panel = $('#entity');
  panel.setAttribute('aria-busy', 'true');
  let data;
  let cursor = null;
  try {
    // The cursor first: a change written while the entity loads still comes through the feed.
    cursor = (await gql(QUERIES.changeCursor)).changeCursor;
    data = await gql(QUERIES.entity, { id });
  } catch (error) {
    panel.removeAttribute('aria-busy');
    showError(error, () => openEntity(id, { push, draw, url }));
    return;
  }
  panel.removeAttribute('aria-busy');
  if (!data.entity) {
    showMessage(t('notFound', { id }));
    return;
  }
  hideMessage();
  view.entity = data.entity;
  view.rows = renderEntity(panel, data.entity, actions);
  document.title = `${displayName(data.entity)} · Innograph`;
  followChanges(id, cursor);
  writeUrl({ push });
  if (draw) {
    const state = url || { depth: Number($('#depth').value), graph: [], hide: [...view.graph.hiddenKinds], path: null };
    $('#depth').value = String(state.depth);
    view.graph.hiddenKinds = new Set(state.hide);
    if (state.limit) view.graph.limit = state.limit;
    const [centre = id, ...expansions] = state.graph;
    await view.graph.show(centre, state.depth, expansions, state.path);
    renderKinds();
    renderPathHops(view.graph.lastPath);
  }
  view.graph.select(id);
  updateStatus();
  writeUrl();
}

// ---- Live updates -------------------------------------------------------------------------

let following = null;

/**
 * Keeps the open entity's facts current: the change feed, over SSE, tells of each fact about
 * it written or deleted, and the panel reloads (once for a burst of changes). A stream that
 * ends or fails is taken up again from the last cursor after a pause.
 */
function followChanges(id, cursor) {
  if (following) following.abort();
  const controller = new AbortController();
  following = controller;
  let last = cursor;
  let reload = null;
  const listen = () => subscribe(QUERIES.factsChanged, { subjectIds: [id], after: last }, (data) => {
    last = data.factsChanged.cursor;
    clearTimeout(reload);
    reload = setTimeout(() => refreshEntity(id), 300);
  }, controller.signal)
    .catch(() => {})
    .then(() => { if (!controller.signal.aborted) setTimeout(listen, 2000); });
  listen();
}

async function refreshEntity(id) {
  if (view.entityId !== id) return;
  try {
    const data = await gql(QUERIES.entity, { id });
    if (view.entityId !== id || !data.entity) return;
    view.entity = data.entity;
    view.rows = renderEntity($('#entity'), data.entity, actions);
  } catch {
    // The next change, or a reload by the user, tries again.
  }
}

const actions = {
  openEntity: (id) => openEntity(id),
  openDocument: (id, start, end, quote) => openDocument(id, start, end, { quote }),
};

// ---- Document drawer ----------------------------------------------------------------------

async function openDocument(id, start = null, end = null, { write = true, quote = null } = {}) {
  const drawer = $('#document');
  let doc;
  try {
    doc = await loadDocument(id);
  } catch (error) {
    showError(error, () => openDocument(id, start, end, { write, quote }));
    return;
  }
  if (!doc) return;
  drawer.dataset.id = id;
  drawer.dataset.quote = start !== null && end !== null ? `${start}-${end}` : '';
  $('#document-title').textContent = doc.title;
  $('#document-meta').replaceChildren(
    element('span', { class: `badge ${doc.role === 'BACKGROUND' ? 'background' : 'primary'}` }, t(doc.role === 'BACKGROUND' ? 'background' : 'primary')),
    ...documentDetails(doc),
    doc.site ? element('span', { class: 'muted' }, t('republishedBy', { site: doc.site })) : null,
    doc.url ? element('div', { class: 'address' }, doc.url) : null);
  const text = doc.text || '';
  const body = $('#document-text');
  if (start !== null && end !== null && text) {
    body.replaceChildren(text.slice(0, start), element('mark', { id: 'document-quote' }, text.slice(start, end)), text.slice(end));
  } else if (text) {
    body.replaceChildren(text);
  } else {
    body.replaceChildren(...await quotesWithoutText(id, quote));
  }
  if (drawer.hidden && !drawer.contains(document.activeElement)) opener = document.activeElement;
  drawer.hidden = false;
  $('#document-close').focus();
  document.getElementById('document-quote')?.scrollIntoView({ block: 'center' });
  if (write) writeUrl({ push: true });
}

/**
 * A source whose text the graph does not hold reads as what the graph takes from it: the quote
 * followed, then the others from the same source, with the address to check them against.
 */
async function quotesWithoutText(id, quote) {
  let quotes = [];
  try {
    const data = await gql(QUERIES.documentQuotes, { id });
    quotes = (data.document?.facts || []).flatMap((fact) => fact.sources)
      .filter((source) => source.document.id === id).map((source) => source.quote);
  } catch {
    // The quote followed, when there is one, still stands alone.
  }
  const all = [...new Set([quote, ...quotes].filter(Boolean))];
  return [
    element('p', { class: 'muted' }, t('noText')),
    ...all.map((text) => element('blockquote', { class: 'quote', id: text === quote ? 'document-quote' : null }, element('mark', {}, text))),
  ];
}

/** Where the focus was when the drawer opened, to go back to when it closes. */
let opener = null;

function closeDocument() {
  const drawer = $('#document');
  drawer.hidden = true;
  delete drawer.dataset.id;
  writeUrl({ push: true });
  if (opener?.isConnected) opener.focus();
  opener = null;
}

/** The drawer is a modal dialog: Tab and Shift+Tab go round its controls and stay in it. */
function keepFocusInDrawer(event) {
  const drawer = $('#document');
  if (event.key !== 'Tab' || drawer.hidden) return;
  const focusable = [...drawer.querySelectorAll('a[href], button, input, select, textarea, [tabindex]:not([tabindex="-1"])')]
    .filter((el) => !el.disabled && el.getClientRects().length > 0);
  if (!focusable.length) return;
  const first = focusable[0];
  const last = focusable[focusable.length - 1];
  const inside = drawer.contains(document.activeElement);
  if (!inside || (event.shiftKey && document.activeElement === first) || (!event.shiftKey && document.activeElement === last)) {
    event.preventDefault();
    (event.shiftKey ? last : first).focus();
  }
}

// ---- Graph toolbar ------------------------------------------------------------------------

function renderKinds() {
  const graph = view.graph;
  $('#kinds').replaceChildren(...graph.kinds().map((kind) => {
    const box = element('input', { type: 'checkbox', value: kind, checked: !graph.hiddenKinds.has(kind) });
    box.addEventListener('change', () => { graph.setKindHidden(kind, !box.checked); writeUrl(); });
    const swatch = element('span', { class: 'swatch', style: `background:${KIND_COLOURS[kind] || '#888'}` });
    return element('label', { class: 'kind-choice' }, box, swatch, kindName(kind));
  }));
  renderLegend();
}

function renderLegend() {
  drawLegend($('#legend'), view.graph);
}

function updateStatus() {
  const graph = view.graph;
  const parts = [graph.statusText()];
  if (graph.truncated) parts.push(t('truncated', { limit: graph.limit }));
  const status = $('#graph-status');
  status.textContent = parts.join(' · ');
  status.classList.toggle('warning', graph.truncated);
  status.dataset.truncated = String(graph.truncated);
}

function renderPathHops(result) {
  const box = $('#path-hops');
  const list = box.querySelector('ol');
  if (!result) {
    box.hidden = true;
    list.replaceChildren();
    return;
  }
  const names = new Map(result.nodes.map((node) => [node.id, displayName(node)]));
  $('#path-title').textContent = t('pathFound', { length: result.length });
  list.replaceChildren(...result.edges.map((edge) => {
    const source = edge.sources[0];
    return element('li', { class: 'hop' },
      element('span', {}, `${names.get(edge.source)} —${edge.label || edge.type}→ ${names.get(edge.target)}`),
      source ? element('blockquote', { class: 'quote', lang: 'zh' }, source.quote) : null,
      source ? element('button', { type: 'button', class: 'link document-link', onclick: () => openDocument(source.document.id, source.start, source.end, { quote: source.quote }) }, source.document.title) : null);
  }));
  box.hidden = false;
}

async function findPath(event) {
  event.preventDefault();
  const from = $('#path-from').dataset.entityId;
  const to = $('#path-to').dataset.entityId;
  if (!from || !to) {
    showMessage(t('choosePathEnds'), { level: 'info' });
    return;
  }
  if (!view.entityId) {
    await openEntity(from);
  }
  const result = await view.graph.findPath(from, to);
  if (!result) return;
  if (!result.found) {
    showMessage(t('noPath', { from: $('#path-from').value, to: $('#path-to').value }), { level: 'info' });
  } else {
    hideMessage();
  }
  renderPathHops(result.found);
  renderKinds();
  updateStatus();
  writeUrl({ push: true });
}

async function runExport(kind) {
  const makers = { csv: exports.factsCsv, zip: exports.factsZip, graphml: exports.graphml, cytoscape: exports.cytoscapeJson, png: exports.png, svg: exports.svg };
  const empty = kind === 'csv' || kind === 'zip' ? view.rows.length === 0 : view.graph.cy.nodes(':visible').empty();
  if (empty) {
    showMessage(t('nothingToExport'), { level: 'info' });
    return;
  }
  try {
    const file = await makers[kind](view);
    showMessage(t('exported', { file }), { level: 'info' });
  } catch (error) {
    showError(error, () => runExport(kind));
  }
}

// ---- Language -----------------------------------------------------------------------------

function applyLanguage(lang) {
  setLanguage(lang);
  const toggle = $('#lang');
  toggle.textContent = t('language');
  // The name read out is the one shown, in its own language; the title says what it does.
  toggle.lang = lang === 'zh' ? 'en' : 'zh-Hans';
  toggle.title = t('languageLabel');
  if (view.entity) view.rows = renderEntity($('#entity'), view.entity, actions);
  else if (document.getElementById('overview')?.dataset.ready) showOverview();
  view.graph.relabel();
  renderKinds();
  renderPathHops(view.graph.lastPath);
  updateStatus();
  writeUrl();
}

// ---- Start --------------------------------------------------------------------------------

async function restore(state = readState()) {
  if (state.id) await openEntity(state.id, { push: false, url: state });
  if (state.doc) await openDocument(state.doc, state.quote[0] ?? null, state.quote[1] ?? null, { write: false });
  else $('#document').hidden = true;
}

function start() {
  const initial = readState();
  translatePage();
  view.graph = new GraphView($('#graph'), $('#edge-tip'), {
    onSelect: (id) => { if (id !== view.entityId) openEntity(id, { draw: false }); },
    onChange: () => { renderKinds(); updateStatus(); writeUrl(); },
    onError: (error) => showError(error),
  });
  applyLanguage(language());
  $('#lang').addEventListener('click', () => applyLanguage(language() === 'zh' ? 'en' : 'zh'));
  const searchInput = $('#search');
  attachSearch(searchInput, $('#search-hits'), {
    onChoose: (entity) => openEntity(entity.id),
    onError: (error) => showError(error, () => searchInput.dispatchEvent(new Event('input'))),
    onNoHits: (text) => showMessage(t('noHits', { text }), { level: 'info' }),
    onHits: () => { if ($('#message').classList.contains('info')) hideMessage(); },
  });
  for (const id of ['#path-from', '#path-to']) {
    const input = $(id);
    attachSearch(input, input.parentElement.querySelector('.hits'), {
      onChoose: () => {},
      onError: (error) => showError(error),
      onNoHits: (text) => showMessage(t('noHits', { text }), { level: 'info' }),
    });
  }
  $('#path-form').addEventListener('submit', findPath);
  $('#depth').addEventListener('change', () => { if (view.entityId) openEntity(view.entityId, { push: true }); });
  $('#fit').addEventListener('click', () => view.graph.fit());
  document.querySelectorAll('[data-export]').forEach((button) => button.addEventListener('click', () => runExport(button.dataset.export)));
  $('#document-close').addEventListener('click', closeDocument);
  document.addEventListener('keydown', keepFocusInDrawer);
  // The skip link focuses the graph without putting a fragment in the address, which carries the state.
  $('.skip-link').addEventListener('click', (event) => { event.preventDefault(); $('#graph').focus(); });
  document.addEventListener('keydown', (event) => {
    const typing = ['INPUT', 'TEXTAREA', 'SELECT'].includes(document.activeElement?.tagName);
    if (event.key === '/' && !typing) {
      event.preventDefault();
      searchInput.focus();
      searchInput.select();
    } else if (event.key === 'Escape' && !$('#document').hidden) {
      closeDocument();
    }
  });
  window.addEventListener('popstate', () => restore());
  gql(QUERIES.dataset).then((data) => { $('#licence').textContent = data.dataset.licence; }).catch(() => {});
  restore(initial);
  if (!initial.id) showOverview();
}

/** The first screen's summary; redrawn in the other language, and gone once an entity opens. */
function showOverview() {
  const box = document.getElementById('overview');
  if (!box) return;
  renderOverview(box, {
    onSearch: (text) => {
      const input = $('#search');
      input.value = text;
      input.focus();
      input.dispatchEvent(new Event('input'));
    },
    onDocument: (id) => openDocument(id),
  }).catch(() => box.replaceChildren());
}

start();

// For scripts and browser tests: the page's state, read-only by convention.
window.innograph = view;
