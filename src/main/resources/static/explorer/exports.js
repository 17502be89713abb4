// Exports of the current view; each file carries the dataset's licence and the sources cited.
import { gql, QUERIES } from './api.js';
import { displayName, kindName, relationName } from './i18n.js';
import { KIND_COLOURS, RELATION_COLOURS } from './graph.js';

let licence;

async function datasetLicence() {
  if (!licence) licence = gql(QUERIES.dataset).then((data) => data.dataset.licence);
  return licence;
}

function citation(document) {
  const details = [document.publisher, document.publishedAt].filter(Boolean).join(', ');
  return details ? `${document.title} (${details})` : document.title;
}

function edgeSources(edges) {
  const cited = new Set();
  edges.forEach((edge) => (edge.data('sources') || []).forEach((s) => cited.add(citation(s.document))));
  return [...cited];
}

function save(name, type, content) {
  const blob = content instanceof Blob ? content : new Blob([content], { type });
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
  return name;
}

function baseName(view) {
  return `innograph-${(view.entityId || 'view').replace(/[^\w.-]+/g, '_')}`;
}

const CSV_COLUMNS = ['factId', 'type', 'subjectId', 'subject', 'name', 'value', 'unit', 'bound', 'rawText', 'period',
  'previousValue', 'status', 'rank', 'edition', 'publisher', 'year', 'grantor', 'other', 'inferred', 'quote', 'document',
  'documentId', 'documentRole', 'sourceInferred'];

const SOURCE_COLUMNS = ['documentId', 'title', 'publisher', 'publishedAt', 'url', 'role', 'facts'];

function csvCell(value) {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * A plain RFC 4180 table: the header on the first line, CRLF line ends, and a byte-order
 * mark so that spreadsheets read the Chinese as UTF-8 without asking.
 */
function csvTable(columns, rows) {
  const lines = [columns.map(csvCell).join(',')];
  rows.forEach((row) => lines.push(columns.map((c) => csvCell(row[c])).join(',')));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

function factsTable(view) {
  return csvTable(CSV_COLUMNS, view.rows);
}

/** The documents the facts cite, once each, with how many rows cite them. */
function sourcesTable(view) {
  const byId = new Map();
  view.rows.filter((row) => row.source).forEach((row) => {
    const seen = byId.get(row.source.id);
    if (seen) seen.facts += 1;
    else byId.set(row.source.id, { ...row.source, documentId: row.source.id, facts: 1 });
  });
  return csvTable(SOURCE_COLUMNS, [...byId.values()]);
}

async function licenceText(view) {
  return [await datasetLicence(), '',
    `Innograph: ${view.entity ? displayName(view.entity) : ''} (${view.entityId || ''})`,
    `Exported ${new Date().toISOString().slice(0, 10)} from ${location.href}`,
    'The facts are in facts.csv; the documents they quote are in sources.csv.', ''].join('\r\n');
}

/** The facts shown in the entity panel, one row per fact and source, as a plain table. */
export async function factsCsv(view) {
  return save(`${baseName(view)}-facts.csv`, 'text/csv;charset=utf-8', factsTable(view));
}

/** The facts table with its licence and its sources beside it, in one ZIP. */
export async function factsZip(view) {
  const zip = zipStored([
    ['facts.csv', factsTable(view)],
    ['sources.csv', sourcesTable(view)],
    ['LICENSE.txt', await licenceText(view)],
  ]);
  return save(`${baseName(view)}-facts.zip`, 'application/zip', zip);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xEDB88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xFFFFFFFF;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xFF] ^ (c >>> 8);
  return (c ^ 0xFFFFFFFF) >>> 0;
}

/**
 * A ZIP of small text files, stored without compression: a few lines here instead of a
 * library, and every unzip tool reads it.
 */
function zipStored(files) {
  // A little-endian record of [offset, value, bytes] fields.
  const record = (size, fields) => {
    const view = new DataView(new ArrayBuffer(size));
    fields.forEach(([at, value, bytes]) => (bytes === 4 ? view.setUint32(at, value, true) : view.setUint16(at, value, true)));
    return view;
  };
  const encoder = new TextEncoder();
  const parts = [];
  const central = [];
  let offset = 0;
  for (const [name, text] of files) {
    const nameBytes = encoder.encode(name);
    const data = encoder.encode(text);
    const crc = crc32(data);
    // Signature, version 2.0, flags (bit 11: UTF-8 names), stored, 1980-01-01, crc, sizes, name length.
    const local = record(30, [[0, 0x04034b50, 4], [4, 20, 2], [6, 0x0800, 2], [8, 0, 2], [10, 0, 2], [12, 0x21, 2], [14, crc, 4],
      [18, data.length, 4], [22, data.length, 4], [26, nameBytes.length, 2], [28, 0, 2]]);
    const entry = record(46, [[0, 0x02014b50, 4], [4, 20, 2], [6, 20, 2], [8, 0x0800, 2], [10, 0, 2], [12, 0, 2], [14, 0x21, 2], [16, crc, 4],
      [20, data.length, 4], [24, data.length, 4], [28, nameBytes.length, 2], [30, 0, 2], [32, 0, 2], [34, 0, 2],
      [36, 0, 2], [38, 0, 4], [42, offset, 4]]);
    parts.push(local, nameBytes, data);
    central.push(entry, nameBytes);
    offset += 30 + nameBytes.length + data.length;
  }
  const size = central.reduce((sum, part) => sum + part.byteLength, 0);
  const end = record(22, [[0, 0x06054b50, 4], [4, 0, 2], [6, 0, 2], [8, files.length, 2], [10, files.length, 2], [12, size, 4],
    [16, offset, 4], [20, 0, 2]]);
  return new Blob([...parts, ...central, end], { type: 'application/zip' });
}

function elementData(element) {
  const data = { ...element.data() };
  delete data.display;
  if (data.names) {
    Object.entries(data.names).forEach(([form, value]) => { if (value) data[`names.${form}`] = value; });
    delete data.names;
  }
  if (data.sources) {
    data.quotes = data.sources.map((s) => s.quote).join(' | ');
    data.documents = data.sources.map((s) => s.document.title).join(' | ');
    delete data.sources;
  }
  return data;
}

/** Cytoscape.js JSON of the drawn subgraph: `{elements: {nodes, edges}, data: {licence, sources}}`. */
export async function cytoscapeJson(view) {
  const { nodes, edges } = view.graph.visible();
  const body = {
    elements: {
      nodes: nodes.map((n) => ({ data: elementData(n), position: n.position() })),
      edges: edges.map((e) => ({ data: elementData(e) })),
    },
    data: { licence: await datasetLicence(), sources: edgeSources(edges) },
  };
  return save(`${baseName(view)}.cyjs.json`, 'application/json', JSON.stringify(body, null, 2));
}

function xml(text) {
  return String(text).replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' }[c]))
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '');
}

/** GraphML of the drawn subgraph, directed, with the licence and sources as graph data. */
export async function graphml(view) {
  const { nodes, edges } = view.graph.visible();
  const nodeData = nodes.map(elementData);
  const edgeData = edges.map(elementData);
  const keysOf = (items, skip) => [...new Set(items.flatMap((d) => Object.keys(d)))].filter((k) => !skip.includes(k));
  const nodeKeys = keysOf(nodeData, ['id']);
  const edgeKeys = keysOf(edgeData, ['id', 'source', 'target']);
  const out = ['<?xml version="1.0" encoding="UTF-8"?>', '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">'];
  out.push('<key id="graph_licence" for="graph" attr.name="licence" attr.type="string"/>');
  out.push('<key id="graph_sources" for="graph" attr.name="sources" attr.type="string"/>');
  nodeKeys.forEach((k) => out.push(`<key id="node_${xml(k)}" for="node" attr.name="${xml(k)}" attr.type="string"/>`));
  edgeKeys.forEach((k) => out.push(`<key id="edge_${xml(k)}" for="edge" attr.name="${xml(k)}" attr.type="string"/>`));
  out.push('<graph id="innograph" edgedefault="directed">');
  out.push(`<data key="graph_licence">${xml(await datasetLicence())}</data>`);
  out.push(`<data key="graph_sources">${xml(edgeSources(edges).join('; '))}</data>`);
  const data = (scope, d, keys) => keys.filter((k) => d[k] !== undefined && d[k] !== null)
    .map((k) => `<data key="${scope}_${xml(k)}">${xml(d[k])}</data>`).join('');
  nodeData.forEach((d) => out.push(`<node id="${xml(d.id)}">${data('node', d, nodeKeys)}</node>`));
  edgeData.forEach((d) => out.push(`<edge id="${xml(d.id)}" source="${xml(d.source)}" target="${xml(d.target)}">${data('edge', d, edgeKeys)}</edge>`));
  out.push('</graph>', '</graphml>');
  return save(`${baseName(view)}.graphml`, 'application/graphml+xml', out.join('\n'));
}

/**
 * What frames a published drawing, the same in every picture format: a title, a legend of
 * the kinds and links shown, and the date, the dataset's credit and licence, and the sources.
 */
async function publication(view) {
  const { nodes, edges } = view.graph.visible();
  const legend = [
    ...[...new Set(nodes.map((n) => n.data('kind')))].sort().map((kind) => ({ colour: KIND_COLOURS[kind] || '#888888', name: kindName(kind), shape: 'kind' })),
    ...[...new Set(edges.map((e) => e.data('type')))].sort().map((type) => ({ colour: RELATION_COLOURS[type] || '#b9b9b9', name: relationName(type), shape: 'link' })),
  ];
  return {
    nodes,
    edges,
    legend,
    title: view.entity ? displayName(view.entity) : 'Innograph',
    lines: [`Innograph · ${new Date().toISOString().slice(0, 10)} · ${await datasetLicence()}`,
      ...edgeSources(edges).map((s) => `Source: ${s}`)],
  };
}

const FRAME = { margin: 12, top: 56, titleY: 38, lineHeight: 26, column: 260, minWidth: 900 };

/** Where the title, the drawing, the legend entries and the credit lines go, in pixels. */
function frameLayout(parts, drawing) {
  const { margin, top, lineHeight, column, minWidth } = FRAME;
  const width = Math.max(drawing.width, minWidth);
  const perRow = Math.max(1, Math.floor((width - 2 * margin) / column));
  const legendTop = top + drawing.height + 20;
  const linesTop = legendTop + Math.ceil(parts.legend.length / perRow) * lineHeight + 10;
  return {
    width,
    height: linesTop + parts.lines.length * lineHeight,
    textWidth: width - 2 * margin,
    legendAt: (i) => ({ x: margin + (i % perRow) * column, y: legendTop + Math.floor(i / perRow) * lineHeight }),
    lineY: (i) => linesTop + (i + 0.7) * lineHeight,
  };
}

let measure;

/** A text too wide for its room is squeezed into it, as the PNG's canvas does. */
function fitted(text, font, room) {
  measure ??= document.createElement('canvas').getContext('2d');
  measure.font = font;
  return measure.measureText(text).width > room ? ` textLength="${room}" lengthAdjust="spacingAndGlyphs"` : '';
}

/** The drawing as Cytoscape renders it, framed by its title, legend, credit and sources. */
export async function png(view) {
  const parts = await publication(view);
  const picture = await createImageBitmap(view.graph.cy.png({ output: 'blob', full: true, bg: '#ffffff', scale: 2 }));
  const layout = frameLayout(parts, picture);
  const canvas = document.createElement('canvas');
  canvas.width = layout.width;
  canvas.height = layout.height;
  const context = canvas.getContext('2d');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.fillStyle = '#1f2328';
  context.font = 'bold 28px sans-serif';
  context.fillText(parts.title, FRAME.margin, FRAME.titleY, layout.textWidth);
  context.drawImage(picture, 0, FRAME.top);
  context.font = '18px sans-serif';
  parts.legend.forEach(({ colour, name }, i) => {
    const { x, y } = layout.legendAt(i);
    // Square swatches of the exact colour, so the legend reads like the drawing.
    context.fillStyle = colour;
    context.fillRect(x, y + 4, 16, 16);
    context.fillStyle = '#333333';
    context.fillText(name, x + 24, y + 18, 230);
  });
  context.fillStyle = '#333333';
  parts.lines.forEach((line, i) => context.fillText(line, FRAME.margin, layout.lineY(i), layout.textWidth));
  const blob = await new Promise((resolve) => canvas.toBlob(resolve, 'image/png'));
  return save(`${baseName(view)}.png`, 'image/png', blob);
}

/**
 * The drawing as vector shapes and text, so that a newsroom can restyle it in an editor and
 * every label stays text: nodes where they are drawn, links with their arrows and relation,
 * framed like the PNG.
 */
export async function svg(view) {
  const parts = await publication(view);
  const pad = 20;
  // Twice the drawing's own size, as the PNG is drawn.
  const scale = 2;
  const box = parts.nodes.boundingBox({ includeLabels: true, includeEdges: true });
  const drawing = { width: Math.ceil((box.w + 2 * pad) * scale), height: Math.ceil((box.h + 2 * pad) * scale) };
  const layout = frameLayout(parts, drawing);
  const at = (p) => ({ x: p.x - box.x1 + pad, y: p.y - box.y1 + pad });
  const f = (n) => Math.round(n * 10) / 10;
  const radius = (node) => node.width() / 2;
  const out = ['<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${layout.width}" height="${layout.height}" viewBox="0 0 ${layout.width} ${layout.height}" font-family="sans-serif">`,
    `<title>${xml(parts.title)}</title>`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    `<text x="${FRAME.margin}" y="${FRAME.titleY}" font-size="28" font-weight="bold" fill="#1f2328"${fitted(parts.title, 'bold 28px sans-serif', layout.textWidth)}>${xml(parts.title)}</text>`,
    `<g class="drawing" transform="translate(0 ${FRAME.top}) scale(${scale})">`, '<g class="links">'];
  parts.edges.forEach((edge) => {
    const from = at(edge.source().position());
    const to = at(edge.target().position());
    const length = Math.hypot(to.x - from.x, to.y - from.y) || 1;
    const [ux, uy] = [(to.x - from.x) / length, (to.y - from.y) / length];
    // The line stops at the target's rim, where the arrow's tip sits.
    const tip = { x: to.x - ux * radius(edge.target()), y: to.y - uy * radius(edge.target()) };
    const base = { x: tip.x - ux * 8, y: tip.y - uy * 8 };
    const colour = RELATION_COLOURS[edge.data('type')] || '#b9b9b9';
    const mid = { x: (from.x + to.x) / 2, y: (from.y + to.y) / 2 };
    out.push(`<g data-type="${xml(edge.data('type'))}"><line x1="${f(from.x)}" y1="${f(from.y)}" x2="${f(base.x)}" y2="${f(base.y)}" stroke="${colour}" stroke-width="1.5"/>`
      + `<polygon points="${f(tip.x)},${f(tip.y)} ${f(base.x - uy * 4)},${f(base.y + ux * 4)} ${f(base.x + uy * 4)},${f(base.y - ux * 4)}" fill="${colour}"/>`
      + `<text x="${f(mid.x)}" y="${f(mid.y)}" font-size="9" fill="#555555" text-anchor="middle">${xml(edge.data('relation') || '')}</text></g>`);
  });
  out.push('</g>', '<g class="nodes">');
  parts.nodes.forEach((node) => {
    const p = at(node.position());
    out.push(`<g data-id="${xml(node.id())}"><circle cx="${f(p.x)}" cy="${f(p.y)}" r="${f(radius(node))}" fill="${KIND_COLOURS[node.data('kind')] || '#888888'}"/>`
      + `<text x="${f(p.x)}" y="${f(p.y + radius(node) + 13)}" font-size="11" fill="#222222" text-anchor="middle">${xml(node.data('display'))}</text></g>`);
  });
  out.push('</g>', '</g>', '<g class="legend" font-size="18" fill="#333333">');
  parts.legend.forEach(({ colour, name, shape }, i) => {
    const { x, y } = layout.legendAt(i);
    const swatch = shape === 'kind' ? `<rect x="${x}" y="${y + 4}" width="16" height="16" fill="${colour}"/>`
      : `<rect x="${x}" y="${y + 10}" width="16" height="4" fill="${colour}"/>`;
    out.push(`${swatch}<text x="${x + 24}" y="${y + 18}"${fitted(name, '18px sans-serif', 230)}>${xml(name)}</text>`);
  });
  out.push('</g>', '<g class="credit" font-size="18" fill="#333333">');
  parts.lines.forEach((line, i) => out.push(`<text x="${FRAME.margin}" y="${f(layout.lineY(i))}"${fitted(line, '18px sans-serif', layout.textWidth)}>${xml(line)}</text>`));
  out.push('</g>', '</svg>');
  return save(`${baseName(view)}.svg`, 'image/svg+xml', out.join('\n'));
}
