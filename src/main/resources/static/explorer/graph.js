// The graph view: neighbourhoods drawn with Cytoscape.js, expanded by clicking, filtered by kind.
import cytoscape from '../webjars/cytoscape/dist/cytoscape.esm.min.mjs';
import { gql, QUERIES } from './api.js';
import { displayName, kindName, relationName, shortNames, t } from './i18n.js';
import { element } from './dom.js';

/** Nodes per neighbourhood: enough for a province at depth 2, within the server's cost limit. */
export const NEIGHBOURHOOD_LIMIT = 150;

export const KIND_COLOURS = {
  Department: '#b5443c', Organisation: '#8c6d3f', Province: '#2e6e9e', City: '#2f8f6b', County: '#6aa84f',
  HighTechZone: '#d58a1f', Laboratory: '#7b4fa0', InnovationZone: '#c25b8f', Award: '#b8a21f', Policy: '#4a6fa5',
  Event: '#777777',
};

/** Link colours by relation type, for the drawing and its legend; others are grey. */
export const RELATION_COLOURS = {
  LOCATED_IN: '#9aa5b1', PART_OF: '#6f7f8f', HOLDS: '#c9a227', BASED_ON: '#8e6bbf', ADVANCES: '#2e8b57',
  PUBLISHED: '#4a6fa5', ORGANISED_BY: '#c0723a', PARTICIPATES_IN: '#3a9ec0', EXHIBITED_AT: '#c25b8f',
  NAMED_AFTER: '#8c8c8c', REFORMS: '#a0522d', FOLLOWS: '#555555', CONTRIBUTES_TO: '#5b8f2f',
};

const HAN = /\p{Script=Han}/u;

/** A node's diameter grows with how much is known about it: 14 px with no fact, 34 px from 32 facts on. */
export function nodeSize(facts = 0) {
  return Math.round(14 + 4 * Math.log2(1 + Math.min(facts, 31)));
}

/** What the colours mean: the kinds of the nodes shown and the relations of their links. */
export function drawLegend(box, graph) {
  const kinds = graph.kinds().filter((kind) => !graph.hiddenKinds.has(kind));
  box.replaceChildren(
    ...kinds.map((kind) => element('span', { class: 'legend-item', 'data-kind': kind },
      element('span', { class: 'swatch', style: `background:${KIND_COLOURS[kind] || '#888'}` }), kindName(kind))),
    ...graph.relationTypes().map((type) => element('span', { class: 'legend-item', 'data-type': type },
      element('span', { class: 'line', style: `background:${RELATION_COLOURS[type] || '#b9b9b9'}` }), relationName(type))),
    element('span', { class: 'legend-item', 'data-size': 'facts' },
      element('span', { class: 'size small' }), element('span', { class: 'size large' }), t('sizeLegend')));
}

export class GraphView {
  constructor(container, tip, { onSelect, onChange, onError }) {
    this.tip = tip;
    this.onSelect = onSelect;
    this.onChange = onChange;
    this.onError = onError;
    this.expanded = [];
    this.hiddenKinds = new Set();
    this.truncated = false;
    this.path = null;
    this.limit = NEIGHBOURHOOD_LIMIT;
    this.cy = cytoscape({
      container,
      minZoom: 0.1,
      maxZoom: 3,
      style: [
        // Labels wrap rather than being cut; Chinese has no spaces, so it may wrap anywhere.
        { selector: 'node', style: {
          label: 'data(display)', 'font-size': 11, 'text-valign': 'bottom', 'text-margin-y': 3,
          'text-wrap': 'wrap', 'text-max-width': 120, width: (n) => nodeSize(n.data('facts')), height: (n) => nodeSize(n.data('facts')),
          'text-overflow-wrap': (n) => (HAN.test(n.data('display') || '') ? 'anywhere' : 'whitespace'),
          'background-color': (n) => KIND_COLOURS[n.data('kind')] || '#888', color: '#222',
          'text-background-color': '#fff', 'text-background-opacity': 0.7, 'text-background-padding': 1,
        } },
        { selector: 'node.expanded', style: { 'border-width': 3, 'border-color': '#222' } },
        { selector: 'node.centre', style: { width: (n) => nodeSize(n.data('facts')) + 8, height: (n) => nodeSize(n.data('facts')) + 8, 'font-weight': 'bold' } },
        { selector: 'node:selected', style: { 'overlay-color': '#0a58ca', 'overlay-opacity': 0.25 } },
        // The relation is written on the link; it shows once zoomed in enough to read it.
        { selector: 'edge', style: {
          width: 1.5, 'line-color': (e) => RELATION_COLOURS[e.data('type')] || '#b9b9b9',
          'target-arrow-color': (e) => RELATION_COLOURS[e.data('type')] || '#b9b9b9', 'target-arrow-shape': 'triangle',
          'curve-style': 'bezier', 'arrow-scale': 0.8, label: 'data(relation)', 'font-size': 9, color: '#555',
          'text-rotation': 'autorotate', 'text-background-color': '#fcfcfd', 'text-background-opacity': 0.85,
          'text-background-padding': 1, 'min-zoomed-font-size': 7,
        } },
        { selector: 'edge.hover', style: { 'line-color': '#333', 'target-arrow-color': '#333', width: 3 } },
        { selector: 'node.path', style: { 'border-width': 4, 'border-color': '#0a58ca' } },
        { selector: 'edge.path', style: { 'line-color': '#0a58ca', 'target-arrow-color': '#0a58ca', width: 4, 'z-index': 10 } },
        { selector: '.filtered', style: { display: 'none' } },
      ],
    });
    this.cy.on('tap', 'node', (event) => {
      const id = event.target.id();
      this.onSelect(id);
      this.expand(id);
    });
    this.cy.on('mouseover', 'edge', (event) => this.showTip(event.target, event.renderedPosition));
    this.cy.on('mouseover', 'node', (event) => this.showNodeTip(event.target, event.renderedPosition));
    container.addEventListener('keydown', (event) => this.onKey(event));
    this.cy.on('mouseout', 'edge', (event) => { event.target.removeClass('hover'); this.tip.hidden = true; });
    this.cy.on('mouseout', 'node', () => { this.tip.hidden = true; });
  }

  /** Draws the neighbourhood of `id`, keeping what is already drawn. */
  async expand(id, depth = this.depth || 1) {
    if (this.expanded.includes(id)) return;
    let data;
    try {
      data = await gql(QUERIES.neighborhood, { id, depth, limit: this.limit });
    } catch (error) {
      this.onError(error);
      return;
    }
    if (!data.neighborhood) return;
    this.expanded.push(id);
    this.truncated = this.truncated || data.neighborhood.truncated;
    const drawn = this.cy.nodes();
    this.add(data.neighborhood.nodes, data.neighborhood.edges, id);
    this.cy.getElementById(id).addClass('expanded');
    this.relayout(drawn);
    this.onChange();
  }

  /** Starts a new drawing around `id` (and the expansions and path a shared link carries). */
  async show(id, depth, expansions = [], path = null) {
    this.cy.elements().remove();
    this.expanded = [];
    this.truncated = false;
    this.path = null;
    this.lastPath = null;
    this.depth = depth;
    this.centre = id;
    await this.expand(id, depth);
    this.cy.getElementById(id).addClass('centre');
    for (const other of expansions) await this.expand(other, depth);
    if (path) await this.findPath(path.from, path.to);
  }

  async findPath(from, to) {
    let data;
    try {
      data = await gql(QUERIES.path, { from, to });
    } catch (error) {
      this.onError(error);
      return null;
    }
    this.cy.elements().removeClass('path');
    const found = data.path[0] || null;
    this.lastPath = found;
    if (!found) {
      this.path = null;
      this.onChange();
      return { found: null };
    }
    this.path = { from, to };
    const drawn = this.cy.nodes();
    this.add(found.nodes, found.edges, from);
    found.nodes.forEach((node) => this.cy.getElementById(node.id).addClass('path'));
    found.edges.forEach((edge) => this.cy.getElementById(edge.id).addClass('path'));
    this.relayout(drawn);
    this.onChange();
    return { found };
  }

  /** Adds what is new; new nodes start in a ring around `anchor`, so the layout keeps its shape. */
  add(nodes, edges, anchor) {
    const fresh = nodes.filter((node) => this.cy.getElementById(node.id).empty());
    const at = this.cy.getElementById(anchor);
    const centre = at.nonempty() ? at.position() : { x: 0, y: 0 };
    fresh.forEach((node, i) => {
      const angle = (2 * Math.PI * i) / Math.max(fresh.length, 1);
      const radius = 80 + 6 * fresh.length;
      this.cy.add({
        group: 'nodes',
        data: { id: node.id, kind: node.kind, label: node.label, names: node.names, level: node.level, facts: node.facts, display: displayName(node), full: displayName(node) },
        position: { x: centre.x + radius * Math.cos(angle), y: centre.y + radius * Math.sin(angle) },
      });
    });
    for (const edge of edges) {
      if (this.cy.getElementById(edge.id).nonempty()) continue;
      if (this.cy.getElementById(edge.source).empty() || this.cy.getElementById(edge.target).empty()) continue;
      this.cy.add({ group: 'edges', data: {
        id: edge.id, source: edge.source, target: edge.target, type: edge.type, label: edge.label, relation: relationName(edge.type),
        inferred: edge.sources.some((s) => s.inferred), sources: edge.sources,
      } });
    }
    this.applyFilter();
    this.shorten();
  }

  /**
   * Lays out the drawing. Nodes drawn before (`drawn`) are locked, so that an expansion
   * places only the new ones and the reader's map stays where it was; the view moves only
   * when something new falls outside it.
   */
  relayout(drawn = this.cy.collection()) {
    const visible = this.cy.elements(':visible');
    const fresh = visible.nodes().difference(drawn);
    if (drawn.nonempty() && fresh.empty()) return;
    const locked = drawn.filter((n) => !n.locked());
    locked.lock();
    const layout = visible.layout({ name: 'cose', animate: false, randomize: false, nodeRepulsion: () => 20000, idealEdgeLength: () => 90, nodeOverlap: 20, fit: false, padding: 30 });
    layout.one('layoutstop', () => {
      locked.unlock();
      this.separate(fresh);
      if (drawn.empty() || !this.inView(fresh)) this.fit();
    });
    layout.run();
  }

  /**
   * Moves the new nodes apart until no two nodes' boxes, labels included, overlap: the
   * force layout spaces nodes by their discs, not by their labels. Nodes drawn before stay
   * where they are, so a new node gives way to them.
   */
  separate(fresh) {
    const free = new Set(fresh.map((n) => n.id()));
    const gap = 4;
    const items = this.cy.nodes(':visible').map((node) => ({
      node, free: free.has(node.id()), dx: 0, dy: 0,
      box: { ...node.boundingBox({ includeLabels: true, includeEdges: false, includeOverlays: false, includeUnderlays: false }) },
    }));
    const shift = (item, x, y) => {
      item.dx += x; item.dy += y;
      item.box.x1 += x; item.box.x2 += x; item.box.y1 += y; item.box.y2 += y;
    };
    for (let round = 0, moved = true; moved && round < 400; round++) {
      moved = false;
      items.forEach((a, i) => items.slice(i + 1).forEach((b) => {
        if (!a.free && !b.free) return;
        const ox = Math.min(a.box.x2, b.box.x2) - Math.max(a.box.x1, b.box.x1) + gap;
        const oy = Math.min(a.box.y2, b.box.y2) - Math.max(a.box.y1, b.box.y1) + gap;
        if (ox <= 0 || oy <= 0) return;
        // Apart along the smaller overlap, each the way it already leans.
        const x = ox < oy ? (a.box.x1 + a.box.x2 <= b.box.x1 + b.box.x2 ? -ox : ox) : 0;
        const y = ox < oy ? 0 : (a.box.y1 + a.box.y2 <= b.box.y1 + b.box.y2 ? -oy : oy);
        const share = a.free && b.free ? 0.5 : 1;
        if (a.free) shift(a, x * share, y * share);
        if (b.free) shift(b, -x * share, -y * share);
        moved = true;
      }));
    }
    this.cy.batch(() => items.filter((item) => item.dx || item.dy).forEach(({ node, dx, dy }) => {
      const at = node.position();
      node.position({ x: at.x + dx, y: at.y + dy });
    }));
  }

  inView(nodes) {
    const box = nodes.boundingBox();
    const extent = this.cy.extent();
    return box.x1 >= extent.x1 && box.x2 <= extent.x2 && box.y1 >= extent.y1 && box.y2 <= extent.y2;
  }

  /** Each node's label: its shortest name form that no other drawn node shows too. */
  shorten() {
    const nodes = this.cy.nodes();
    const labels = shortNames(nodes.map((n) => ({ id: n.id(), names: n.data('names'), label: n.data('label') })));
    nodes.forEach((n) => n.data('display', labels.get(n.id())));
  }

  showNodeTip(node, position) {
    const names = node.data('names') || {};
    const other = [names.zhHans, names.zhHant, names.en, names.pinyin].filter((name, i, all) => name && all.indexOf(name) === i && name !== node.data('full'));
    this.tip.replaceChildren(
      element('strong', { class: 'tip-name' }, node.data('full')), ' ',
      element('span', { class: `badge kind-${node.data('kind')}` }, kindName(node.data('kind'))),
      other.length ? element('div', { class: 'muted' }, other.join(' · ')) : null,
      element('div', { class: 'muted tip-facts' }, t('factsKnown', { n: node.data('facts') ?? 0 })));
    this.tip.style.left = `${position.x + 12}px`;
    this.tip.style.top = `${position.y + 12}px`;
    this.tip.hidden = false;
  }

  showTip(edge, position) {
    edge.addClass('hover');
    const source = (edge.data('sources') || [])[0];
    this.tip.replaceChildren(
      element('strong', {}, edge.data('relation')), edge.data('label') ? ` · ${edge.data('label')}` : '',
      edge.data('inferred') ? element('span', { class: 'badge inferred' }, t('inferred')) : null,
      source ? element('blockquote', { class: 'quote', lang: 'zh' }, source.quote) : null,
      source ? element('div', { class: 'muted' }, source.document.title) : null);
    this.tip.style.left = `${position.x + 12}px`;
    this.tip.style.top = `${position.y + 12}px`;
    this.tip.hidden = false;
  }

  /** Keyboard: arrows walk the visible nodes by name, Enter opens and expands the one chosen. */
  onKey(event) {
    const nodes = this.cy.nodes(':visible').sort((a, b) => a.data('display').localeCompare(b.data('display')));
    if (nodes.empty()) return;
    const current = nodes.filter(':selected')[0];
    const index = current ? nodes.indexOf(current) : -1;
    let next = null;
    if (event.key === 'ArrowRight' || event.key === 'ArrowDown') next = nodes[(index + 1) % nodes.length];
    else if (event.key === 'ArrowLeft' || event.key === 'ArrowUp') next = nodes[(index - 1 + nodes.length) % nodes.length];
    else if (event.key === 'Enter' && current) {
      event.preventDefault();
      this.onSelect(current.id());
      this.expand(current.id());
      return;
    } else return;
    event.preventDefault();
    this.cy.nodes().unselect();
    next.select();
    this.cy.animate({ center: { eles: next } }, { duration: 150 });
  }

  kinds() {
    return [...new Set(this.cy.nodes().map((n) => n.data('kind')))].sort();
  }

  /** The relation types of the links shown, for the legend. */
  relationTypes() {
    return [...new Set(this.cy.edges(':visible').map((e) => e.data('type')))].sort();
  }

  setKindHidden(kind, hidden) {
    if (hidden) this.hiddenKinds.add(kind);
    else this.hiddenKinds.delete(kind);
    this.applyFilter();
    this.onChange();
  }

  applyFilter() {
    this.cy.nodes().forEach((node) => node.toggleClass('filtered', this.hiddenKinds.has(node.data('kind')) && node.id() !== this.centre));
  }

  relabel() {
    this.cy.nodes().forEach((node) => node.data('full', displayName({ names: node.data('names'), label: node.data('label') })));
    this.cy.edges().forEach((edge) => edge.data('relation', relationName(edge.data('type'))));
    this.shorten();
  }

  select(id) {
    this.cy.nodes().unselect();
    this.cy.getElementById(id).select();
  }

  /** Fits the drawing, but never blows a handful of nodes up to poster size. */
  fit() {
    this.cy.fit(this.cy.elements(':visible'), 30);
    if (this.cy.zoom() > 1.3) {
      this.cy.zoom(1.3);
      this.cy.center(this.cy.elements(':visible'));
    }
  }

  /** The drawn subgraph: what the journalist sees, hidden kinds left out. */
  visible() {
    const nodes = this.cy.nodes(':visible');
    const edges = this.cy.edges(':visible');
    return { nodes, edges };
  }

  statusText() {
    const { nodes, edges } = this.visible();
    return t('graphCount', { nodes: nodes.length, edges: edges.length });
  }
}
