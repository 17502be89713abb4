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
 * The drawing as Cytoscape renders it, with a title above and, beneath, a legend of the
 * kinds and links shown, the date, the dataset's credit and licence, and the sources.
 */
export async function png(view) {
  const { nodes, edges } = view.graph.visible();
  const picture = await createImageBitmap(view.graph.cy.png({ output: 'blob', full: true, bg: '#ffffff', scale: 2 }));
  const legend = [
    ...[...new Set(nodes.map((n) => n.data('kind')))].sort().map((kind) => [KIND_COLOURS[kind] || '#888888', kindName(kind)]),
    ...[...new Set(edges.map((e) => e.data('type')))].sort().map((type) => [RELATION_COLOURS[type] || '#b9b9b9', relationName(type)]),
  ];
  const title = view.entity ? displayName(view.entity) : 'Innograph';
  const lines = [`Innograph · ${new Date().toISOString().slice(0, 10)} · ${await datasetLicence()}`,
    ...edgeSources(edges).map((s) => `Source: ${s}`)];
  const width = Math.max(picture.width, 900);
  const lineHeight = 26;
  const perRow = Math.max(1, Math.floor((width - 24) / 260));
  const legendRows = Math.ceil(legend.length / perRow);
  const top = 56;
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = top + picture.height + 20 + legendRows * lineHeight + 10 + lines.length * lineHeight;
  const context = canvas.getContext('2d');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.fillStyle = '#1f2328';
  context.font = 'bold 28px sans-serif';
  context.fillText(title, 12, 38, width - 24);
  context.drawImage(picture, 0, top);
  let y = top + picture.height + 20;
  context.font = '18px sans-serif';
  legend.forEach(([colour, name], i) => {
    const x = 12 + (i % perRow) * 260;
    const rowY = y + Math.floor(i / perRow) * lineHeight;
    // Square swatches of the exact colour, so the legend reads like the drawing.
    context.fillStyle = colour;
    context.fillRect(x, rowY + 4, 16, 16);
    context.fillStyle = '#333333';
    context.fillText(name, x + 24, rowY + 18, 230);
  });
  y += legendRows * lineHeight + 10;
  context.fillStyle = '#333333';
  lines.forEach((line, i) => context.fillText(line, 12, y + (i + 0.7) * lineHeight, width - 24));
  const blob = await new Promise((resolve) => canvas.toBlob(resolve, 'image/png'));
  return save(`${baseName(view)}.png`, 'image/png', blob);
}
