// The entity panel: every name form, and every fact grouped by type, each with its quote in context.
import { gql, QUERIES } from './api.js';
import { displayName, kindName, language, t } from './i18n.js';
import { element } from './dom.js';

const CONTEXT_CHARS = 60;
const documents = new Map();

/** The document's text and details, fetched once per page. */
export function loadDocument(id) {
  if (!documents.has(id)) {
    documents.set(id, gql(QUERIES.documentText, { id }).then((data) => data.document)
      .catch((error) => { documents.delete(id); throw error; }));
  }
  return documents.get(id);
}

/**
 * Draws the entity into `panel` and returns the facts shown, one row per fact and source,
 * for the CSV export.
 */
export function renderEntity(panel, entity, actions) {
  const rows = [];
  const sections = [header(entity), namesTable(entity)];
  sections.push(...factSections(entity, entity, rows, actions));
  for (const zone of [...(entity.highTechZones || []), ...(entity.laboratories || [])]) {
    const inner = factSections(zone, zone, rows, actions);
    if (inner.length) {
      sections.push(element('section', { class: 'related', 'data-entity': zone.id },
        element('h2', {}, entityLink(zone, actions), ' ', badge(zone.kind)), ...inner));
    }
  }
  const relations = entity.relations || [];
  if (relations.length) {
    sections.push(section('relations', relations.map((relation) => {
      const outgoing = relation.from.id === entity.id;
      const other = outgoing ? relation.to : relation.from;
      rows.push(...factRows(entity, 'Relation', `${relation.type} ${relation.label || ''}`.trim(),
        { other: displayName(other), period: relation.period }, relation));
      return fact(relation, [
        element('span', { class: 'relation-type', title: relation.type }, `${outgoing ? '→' : '←'} ${relationName(relation, outgoing)}`),
        ' ', entityLink(other, actions), relation.period ? element('span', { class: 'muted' }, ` (${relation.period})`) : null,
      ], actions);
    })));
  }
  if (entity.holders?.length) {
    sections.push(section('designations', entity.holders.map((held) => {
      rows.push(...factRows(held.holder, 'Designation', displayName(entity), { year: held.year }, held));
      return fact(held, [entityLink(held.holder, actions), held.year ? ` (${held.year})` : ''], actions);
    })));
  }
  if (entity.sources?.length) {
    sections.push(section('mentions', [element('li', { class: 'fact' }, sourcesList(entity.sources, actions))]));
  }
  if (rows.length === 0 && !(entity.sources || []).length) sections.push(element('p', { class: 'muted' }, t('noFacts')));
  panel.replaceChildren(...sections.filter(Boolean));
  fillContexts(panel);
  return rows;
}

function header(entity) {
  return element('div', { class: 'entity-head' },
    element('h1', { id: 'entity-name' }, displayName(entity)),
    badge(entity.kind),
    element('code', { class: 'entity-id' }, entity.id));
}

function namesTable(entity) {
  const names = entity.names;
  const row = (key, value, lang) => (value ? element('tr', {}, element('th', {}, t(key)), element('td', { lang }, value)) : null);
  return element('section', { class: 'names' },
    element('h2', {}, t('names')),
    element('table', {},
      row('zhHans', names.zhHans, 'zh-Hans'),
      row('zhHant', names.zhHant, 'zh-Hant'),
      row('en', names.en, 'en'),
      row('pinyin', names.pinyin, 'zh-Latn-pinyin'),
      names.aliases?.length ? row('aliases', names.aliases.join('、'), 'zh') : null));
}

function factSections(entity, subject, rows, actions) {
  const sections = [];
  if (entity.metricSeries?.length) {
    sections.push(section('metrics', entity.metricSeries.flatMap((series) => series.points.map((metric) => {
      rows.push(...factRows(subject, 'Metric', metric.name, {
        value: metric.value, unit: metric.unit, bound: metric.bound, period: metric.period,
        previousValue: metric.previousValue, status: metric.status, rawText: metric.rawText,
      }, metric));
      return fact(metric, metricLine(metric), actions);
    }))));
  }
  if (entity.rankingSeries?.length) {
    sections.push(section('rankings', entity.rankingSeries.map((series) => {
      series.points.forEach((ranking) => rows.push(...factRows(subject, 'Ranking', ranking.list,
        { rank: ranking.rank, edition: ranking.edition, publisher: ranking.publisher }, ranking)));
      return rankingSeries(series, actions);
    })));
  }
  if (entity.designations?.length) {
    sections.push(section('designations', entity.designations.map((designation) => {
      rows.push(...factRows(subject, 'Designation', designation.name,
        { year: designation.year, grantor: designation.grantor }, designation));
      const title = language() === 'en' && designation.nameEn ? designation.nameEn : designation.name;
      return fact(designation, [
        designation.award ? entityLink(designation.award, actions, title) : element('strong', {}, title),
        designation.year ? ` (${designation.date || designation.year})` : '',
        designation.grantedBy || designation.grantor
          ? element('span', { class: 'muted' }, ` · ${t('grantedBy')} `,
            designation.grantedBy ? entityLink(designation.grantedBy, actions) : designation.grantor)
          : null,
      ], actions);
    })));
  }
  return sections;
}

/** The relation in words: the source's own predicate when it has one, else the type's name. */
function relationName(relation, outgoing) {
  if (relation.label && language() === 'zh') return relation.label;
  return t(`relation_${relation.type}${outgoing ? '' : '_in'}`) || relation.type;
}

function metricLine(metric) {
  const name = language() === 'en' && metric.nameEn ? metric.nameEn : metric.name;
  const bound = t(`bound_${metric.bound}`);
  const value = element('span', { class: 'value' },
    bound ? `${bound} ` : '', formatValue(metric.previousValue, metric.unit, true), formatValue(metric.value, metric.unit));
  return [
    element('strong', {}, name), ': ', value,
    element('span', { class: 'raw', lang: 'zh' }, ` 「${metric.rawText}」`),
    metric.period ? element('span', { class: 'period' }, ` ${metric.period}`) : null,
    metric.status === 'TARGET' ? element('span', { class: 'badge target' }, t('target')) : null,
  ];
}

/** A value in its base unit, readable: 5.06e10 CNY is 506亿元 or CNY 50.6 bn. */
function formatValue(value, unit, previous = false) {
  if (value === null || value === undefined) return '';
  let text;
  if (unit === 'CNY') {
    text = language() === 'zh'
      ? (value >= 1e8 ? `${trim(value / 1e8)}亿元` : value >= 1e4 ? `${trim(value / 1e4)}万元` : `${trim(value)}元`)
      : (value >= 1e9 ? `CNY ${trim(value / 1e9)} bn` : value >= 1e6 ? `CNY ${trim(value / 1e6)} m` : `CNY ${trim(value)}`);
  } else if (unit === '%') {
    text = `${trim(value)} %`;
  } else if (unit === 'count') {
    text = trim(value);
  } else {
    text = `${trim(value)} ${unit}`;
  }
  return previous ? `${text} → ` : text;
}

function trim(number) {
  return Number(number.toPrecision(6)).toLocaleString(language() === 'zh' ? 'zh-CN' : 'en');
}

function rankingSeries(series, actions) {
  const title = language() === 'en' && series.listEn ? series.listEn : series.list;
  const points = series.points;
  const item = element('li', { class: 'fact ranking-series' },
    element('div', {}, element('strong', {}, title), series.publisher ? element('span', { class: 'muted' }, ` · ${series.publisher}`) : null),
    points.length > 1 ? sparkline(points) : null,
    element('ol', { class: 'points' }, points.map((ranking) => element('li', { class: 'fact', 'data-fact': ranking.id, 'data-rank': ranking.rank },
      element('span', { class: 'rank' }, t('rank', { rank: ranking.rank })),
      ranking.edition ? element('span', { class: 'period' }, ` ${ranking.edition}`) : null,
      ranking.inferred ? element('span', { class: 'badge inferred' }, t('inferred')) : null,
      sourcesList(ranking.sources, actions)))),
    series.changes.length
      ? element('p', { class: 'muted' }, series.changes.map((change) => t('rankMove',
        { from: change.fromRank, to: change.toRank, change: change.change > 0 ? `+${change.change}` : change.change })).join('; '))
      : null);
  return item;
}

/** Rank over editions as a small line, best rank at the top. */
function sparkline(points) {
  const width = 120;
  const height = 32;
  const ranks = points.map((p) => p.rank);
  const worst = Math.max(...ranks);
  const best = Math.min(...ranks);
  const span = Math.max(worst - best, 1);
  const coords = points.map((p, i) => [
    4 + (i * (width - 8)) / Math.max(points.length - 1, 1),
    4 + ((p.rank - best) * (height - 8)) / span,
  ]);
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
  svg.setAttribute('class', 'sparkline');
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', points.map((p) => `${p.edition ?? ''}: ${p.rank}`).join(', '));
  const line = document.createElementNS(svg.namespaceURI, 'polyline');
  line.setAttribute('points', coords.map((c) => c.join(',')).join(' '));
  svg.append(line);
  for (const [x, y] of coords) {
    const dot = document.createElementNS(svg.namespaceURI, 'circle');
    dot.setAttribute('cx', x);
    dot.setAttribute('cy', y);
    dot.setAttribute('r', 2.5);
    svg.append(dot);
  }
  return svg;
}

function section(key, items) {
  return element('section', { class: `facts ${key}` }, element('h2', {}, t(key)), element('ul', {}, items));
}

function fact(item, content, actions) {
  return element('li', { class: 'fact', 'data-fact': item.id },
    element('div', { class: 'fact-line' }, content,
      item.inferred ? element('span', { class: 'badge inferred', title: item.note || '' }, t('inferred')) : null),
    item.note ? element('p', { class: 'note' }, item.note) : null,
    sourcesList(item.sources, actions));
}

function sourcesList(sources, actions) {
  return element('ul', { class: 'sources' }, (sources || []).map((source) => {
    const background = source.document.role === 'BACKGROUND';
    const quote = element('blockquote', {
      class: 'quote', lang: 'zh',
      'data-document': source.document.id,
      'data-start': source.verbatim ? source.start : null,
      'data-end': source.verbatim ? source.end : null,
    }, element('mark', {}, source.quote));
    return element('li', { class: background ? 'source background' : 'source primary' },
      quote,
      element('div', { class: 'citation' },
        element('span', { class: `badge ${background ? 'background' : 'primary'}` }, t(background ? 'background' : 'primary')),
        source.inferred ? element('span', { class: 'badge inferred' }, t('inferred')) : null,
        element('button', {
          type: 'button', class: 'link document-link', title: t('openDocument'),
          onclick: () => actions.openDocument(source.document.id, source.verbatim ? source.start : null, source.verbatim ? source.end : null, source.quote),
        }, source.document.title),
        ...documentDetails(source.document)));
  }));
}

/** Who published the document, when, and a link to the original where its address is known. */
export function documentDetails(doc) {
  return [
    doc.publisher ? element('span', { class: 'muted publisher' }, doc.publisher) : null,
    doc.publishedAt ? element('span', { class: 'muted published' }, doc.publishedAt.slice(0, 10)) : null,
    doc.url
      ? element('a', { class: 'original', href: doc.url, target: '_blank', rel: 'noopener noreferrer' }, t('original'))
      : element('span', { class: 'muted no-address' }, t('noAddress')),
  ];
}

function badge(kind) {
  return element('span', { class: `badge kind-${kind}` }, kindName(kind));
}

function entityLink(entity, actions, label) {
  return element('a', {
    href: `?id=${encodeURIComponent(entity.id)}`, class: 'entity-link', 'data-id': entity.id,
    onclick: (event) => { event.preventDefault(); actions.openEntity(entity.id); },
  }, label || displayName(entity));
}

function factRows(subject, type, name, values, item) {
  const base = {
    factId: item.id, type, subjectId: subject.id, subject: subject.name || displayName(subject), name,
    ...values, inferred: item.inferred,
  };
  const sources = item.sources?.length ? item.sources : [null];
  return sources.map((source) => ({
    ...base,
    quote: source?.quote ?? '',
    document: source?.document.title ?? '',
    documentId: source?.document.id ?? '',
    documentRole: source?.document.role ?? '',
    // For the export's companion list of sources, not a column of the facts table.
    source: source?.document ?? null,
    sourceInferred: source?.inferred ?? '',
  }));
}

/** Puts the words around each verbatim quote beside it, once its document has loaded. */
async function fillContexts(panel) {
  const quotes = [...panel.querySelectorAll('blockquote[data-start]')];
  const ids = [...new Set(quotes.map((q) => q.dataset.document))];
  await Promise.all(ids.map(async (id) => {
    let doc;
    try {
      doc = await loadDocument(id);
    } catch {
      return; // The quote alone still stands; the context is a convenience.
    }
    if (!doc?.text) return;
    for (const quote of quotes.filter((q) => q.dataset.document === id)) {
      const start = Number(quote.dataset.start);
      const end = Number(quote.dataset.end);
      const before = doc.text.slice(Math.max(0, start - CONTEXT_CHARS), start);
      const after = doc.text.slice(end, end + CONTEXT_CHARS);
      quote.replaceChildren(
        element('span', { class: 'context' }, start > CONTEXT_CHARS ? `…${before}` : before),
        element('mark', {}, doc.text.slice(start, end)),
        element('span', { class: 'context' }, end + CONTEXT_CHARS < doc.text.length ? `${after}…` : after));
    }
  }));
}
