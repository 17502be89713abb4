// Exports of the current view; each file carries the dataset's licence and the sources cited.
import { gql, QUERIES } from './api.js';

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
  'documentRole', 'sourceInferred'];

function csvCell(value) {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\r\n#]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The facts shown in the entity panel, one row per fact and source, RFC 4180 with `#` comment lines first. */
export async function factsCsv(view) {
  const lines = [`# ${await datasetLicence()}`];
  const cited = [...new Set(view.rows.map((row) => row.document).filter(Boolean))];
  cited.forEach((title) => lines.push(`# source: ${title}`));
  lines.push(CSV_COLUMNS.join(','));
  view.rows.forEach((row) => lines.push(CSV_COLUMNS.map((c) => csvCell(row[c])).join(',')));
  return save(`${baseName(view)}-facts.csv`, 'text/csv;charset=utf-8', `\uFEFF${lines.join('\r\n')}\r\n`);
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

/** The drawing as Cytoscape renders it, with the licence and sources written beneath. */
export async function png(view) {
  const { edges } = view.graph.visible();
  const picture = await createImageBitmap(view.graph.cy.png({ output: 'blob', full: true, bg: '#ffffff', scale: 2 }));
  const lines = [await datasetLicence(), ...edgeSources(edges).map((s) => `Source: ${s}`)];
  const lineHeight = 26;
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(picture.width, 900);
  canvas.height = picture.height + 20 + lines.length * lineHeight;
  const context = canvas.getContext('2d');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(picture, 0, 0);
  context.fillStyle = '#333333';
  context.font = '18px sans-serif';
  lines.forEach((line, i) => context.fillText(line, 12, picture.height + 20 + (i + 0.7) * lineHeight, canvas.width - 24));
  const blob = await new Promise((resolve) => canvas.toBlob(resolve, 'image/png'));
  return save(`${baseName(view)}.png`, 'image/png', blob);
}
