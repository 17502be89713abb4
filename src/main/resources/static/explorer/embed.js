// The embed view: only the drawing an explorer address describes, its legend and a way back to the explorer.
import { language, setLanguage, t } from './i18n.js';
import { drawLegend, GraphView } from './graph.js';
import { readState } from './state.js';

const $ = (selector) => document.querySelector(selector);

function showError(error) {
  const box = $('#message');
  box.textContent = t(error.kind || 'server', { detail: error.detail || error.message, id: error.id });
  box.className = 'message error';
  box.hidden = false;
}

const graph = new GraphView($('#graph'), $('#edge-tip'), {
  onSelect: () => {},
  onChange: () => drawLegend($('#legend'), graph),
  onError: showError,
});

async function start() {
  const state = readState();
  setLanguage(language());
  // The explorer at the same address, so a reader lands on the view the newsroom chose.
  $('#view-full').href = `./${location.search}`;
  if (!state.id) {
    showError({ kind: 'notFound', id: '' });
    return;
  }
  graph.hiddenKinds = new Set(state.hide);
  graph.limit = state.limit;
  const [centre = state.id, ...expansions] = state.graph;
  await graph.show(centre, state.depth, expansions, state.path);
  graph.select(state.id);
  drawLegend($('#legend'), graph);
  document.body.dataset.ready = 'true';
}

start();

// For browser tests: the drawing, read-only by convention.
window.innograph = { graph };
