// The explorer talks to the service through its public GraphQL endpoint only.

const ENDPOINT = new URL('../graphql', import.meta.url).pathname;
const KEY_STORE = 'innograph.apiKey';

/** A failure the page can explain: `kind` picks the message, `detail` adds the server's words. */
export class ApiError extends Error {
  constructor(kind, detail = '') {
    super(detail || kind);
    this.kind = kind;
    this.detail = detail;
  }
}

export function setApiKey(key) {
  if (key) sessionStorage.setItem(KEY_STORE, key);
  else sessionStorage.removeItem(KEY_STORE);
}

export async function gql(query, variables = {}) {
  const headers = {
    'Content-Type': 'application/json',
    Accept: 'application/graphql-response+json, application/json',
  };
  const key = sessionStorage.getItem(KEY_STORE);
  if (key) headers.Authorization = `Bearer ${key}`;
  let response;
  try {
    response = await fetch(ENDPOINT, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  } catch (error) {
    throw new ApiError('unreachable', String(error.message || error));
  }
  let body;
  try {
    body = await response.json();
  } catch {
    throw new ApiError(response.status >= 500 ? 'unavailable' : 'server', `HTTP ${response.status}`);
  }
  const error = body.errors && body.errors[0];
  if (error) throw classify(error, response.status);
  if (!response.ok) throw new ApiError('server', `HTTP ${response.status}`);
  return body.data;
}

/**
 * Subscribes over Server-Sent Events: the service takes a subscription as a POST with
 * `Accept: text/event-stream`, so this reads the stream with fetch rather than EventSource.
 * Calls onData with each result's data; resolves when the stream ends. Abort with `signal`.
 */
export async function subscribe(query, variables, onData, signal) {
  const headers = { 'Content-Type': 'application/json', Accept: 'text/event-stream' };
  const key = sessionStorage.getItem(KEY_STORE);
  if (key) headers.Authorization = `Bearer ${key}`;
  const response = await fetch(ENDPOINT, { method: 'POST', headers, body: JSON.stringify({ query, variables }), signal });
  if (!response.ok || !response.body) throw new ApiError('server', `HTTP ${response.status}`);
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffered = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return;
    buffered += value;
    let end;
    while ((end = buffered.indexOf('\n\n')) >= 0) {
      const event = buffered.slice(0, end);
      buffered = buffered.slice(end + 2);
      const data = event.split('\n').filter((line) => line.startsWith('data:')).map((line) => line.slice(5)).join('\n');
      if (!data) continue;
      const result = JSON.parse(data);
      if (result.errors && result.errors.length) throw classify(result.errors[0], 200);
      if (result.data) onData(result.data);
    }
  }
}

function classify(error, status) {
  const extensions = error.extensions || {};
  if (extensions.limit && extensions.limit !== 'timeout') return new ApiError('limit', error.message);
  if (extensions.limit === 'timeout' || extensions.reason === 'TIMEOUT') return new ApiError('timeout', error.message);
  if (extensions.reason === 'UNAVAILABLE' || status === 503) return new ApiError('unavailable', error.message);
  if (extensions.classification === 'UNAUTHORIZED' || status === 401) return new ApiError('unauthorized', error.message);
  if (extensions.classification === 'FORBIDDEN') return new ApiError('forbidden', error.message);
  if (extensions.classification === 'BAD_REQUEST') return new ApiError('input', error.message);
  return new ApiError('server', error.message);
}

const SOURCE = `quote verbatim inferred start end
  document { id title role publisher publishedAt url }`;

const GRAPH_NODE = 'id kind label level depth facts names { zhHans zhHant en pinyin aliases }';
// A neighbourhood's edges carry their quotes for the hover tip and the exports; a path's
// also carry the offsets, to open each hop's document at its quote. The neighbourhood's
// query stays well within the server's cost limit that way.
const GRAPH_EDGE = `id type label source target
  sources { quote inferred document { id title role publisher publishedAt } }`;
const PATH_EDGE = `id type label source target sources { ${SOURCE} }`;

export const QUERIES = {
  search: `query Search($text: String!) {
    search(text: $text, first: 10) { score matchedName matchedForm entity { id kind name names { zhHans zhHant en pinyin } } }
  }`,
  entity: `query Entity($id: ID!) {
    entity(id: $id) {
      ...Facts
      sources { ${SOURCE} }
      relations { id type label period inferred note
        from { id kind name names { en } } to { id kind name names { en } } sources { ${SOURCE} } }
      ... on City { highTechZones { ...Facts } laboratories { ...Facts } }
      ... on Award { holders { id year inferred holder { id kind name names { en } } sources { ${SOURCE} } } }
    }
  }
  fragment Facts on Entity {
    id name kind
    names { zhHans zhHant en pinyin aliases }
    metricSeries { name nameEn unit
      points { id name nameEn value previousValue unit rawText bound period status inferred note sources { ${SOURCE} } } }
    rankingSeries { list listEn publisher
      points { id rank list listEn edition publisher inferred note sources { ${SOURCE} } }
      changes { fromEdition toEdition fromRank toRank change } }
    designations { id name nameEn year date grantor inferred note
      grantedBy { id name names { en } } award { id name names { en } } sources { ${SOURCE} } }
  }`,
  documentText: `query DocumentText($id: ID!) {
    document(id: $id) { id title publisher publishedAt url site role language text }
  }`,
  // For a source whose text the graph does not hold: what the graph takes from it.
  documentQuotes: `query DocumentQuotes($id: ID!) {
    document(id: $id) { id facts { id sources { quote document { id } } } }
  }`,
  neighborhood: `query Neighborhood($id: ID!, $depth: Int!, $limit: Int!) {
    neighborhood(id: $id, depth: $depth, limit: $limit) {
      truncated nodes { ${GRAPH_NODE} } edges { ${GRAPH_EDGE} }
    }
  }`,
  path: `query Path($from: ID!, $to: ID!) {
    path(from: $from, to: $to, maxHops: 6, limit: 1) {
      length nodes { ${GRAPH_NODE} } edges { ${PATH_EDGE} }
    }
  }`,
  dataset: 'query Dataset { dataset { licence } }',
  overview: `query Overview {
    documents { id title role publisher publishedAt }
    entities(first: 1) { totalCount }
    metricsConnection(first: 1) { totalCount }
    rankingsConnection(first: 1) { totalCount
      cities: groupBy(keys: [CITY]) { keys { value displayName } }
      subjects: groupBy(keys: [SUBJECT]) { keys { value displayName } } }
    designationsConnection(first: 1) { totalCount }
  }`,
  changeCursor: 'query ChangeCursor { changeCursor }',
  factsChanged: `subscription FactsChanged($subjectIds: [ID!], $after: String) {
    factsChanged(subjectIds: $subjectIds, after: $after) { cursor change factId }
  }`,
};
