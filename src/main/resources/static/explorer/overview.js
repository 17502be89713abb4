// The first screen: what the graph covers, from the API, with example searches to start from.
import { gql, QUERIES } from './api.js';
import { language, t } from './i18n.js';
import { element } from './dom.js';

const PLACES_SHOWN = 8;

/** Fills `box` with the sources, places and counts the service reports; `onSearch(text)` runs an example. */
export async function renderOverview(box, { onSearch, onDocument }) {
  const data = await gql(QUERIES.overview);
  const documents = data.documents;
  const primary = documents.filter((doc) => doc.role === 'PRIMARY');
  const dates = documents.map((doc) => (doc.publishedAt || '').slice(0, 10)).filter(Boolean).sort();
  // Cities, and the examples, by how many rankings they hold: what the data says most about comes first.
  const named = (groups) => groups.filter((group) => group.keys[0].value).map((group) => group.keys[0].displayName || group.keys[0].value);
  const places = named(data.rankingsConnection.cities);
  const examples = named(data.rankingsConnection.subjects).slice(0, 3);
  const number = (n) => n.toLocaleString(language() === 'zh' ? 'zh-CN' : 'en');
  const count = (key, value) => element('li', { 'data-count': key, 'data-value': value },
    element('strong', {}, number(value)), ' ', t(`count_${key}`));
  box.replaceChildren(
    element('h2', {}, t('coverTitle')),
    element('p', {}, t('coverDocuments', { primary: primary.length, background: documents.length - primary.length, latest: dates.at(-1) || '—' })),
    element('ul', { class: 'cover-documents' }, primary.map((doc) => element('li', {},
      element('button', { type: 'button', class: 'link document-link', 'data-document': doc.id, onclick: () => onDocument(doc.id) }, doc.title),
      ' ', element('span', { class: 'muted' }, [doc.publisher, (doc.publishedAt || '').slice(0, 10)].filter(Boolean).join(' · '))))),
    element('p', { class: 'cover-places' }, t('coverPlaces'), ' ', places.slice(0, PLACES_SHOWN).join(t('listSeparator')),
      places.length > PLACES_SHOWN ? t('andMore', { n: places.length - PLACES_SHOWN }) : ''),
    element('ul', { class: 'counts' },
      count('entities', data.entities.totalCount),
      count('metrics', data.metricsConnection.totalCount),
      count('rankings', data.rankingsConnection.totalCount),
      count('designations', data.designationsConnection.totalCount)),
    element('p', { class: 'examples' }, t('tryExamples'), ' ', examples.map((name) =>
      element('button', { type: 'button', class: 'example', onclick: () => onSearch(name) }, name))));
  box.dataset.ready = 'true';
}
