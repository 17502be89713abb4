// Sends one query twice through urql's persisted-query exchange, by GET, and prints what
// it got and every HTTP request it made, as JSON: PersistedQueryClientTests reads it.
// Usage: node client.mjs http://127.0.0.1:PORT/graphql path/to/query.graphql
import { readFileSync } from 'node:fs';
import { Client, fetchExchange, gql } from '@urql/core';
import { persistedExchange } from '@urql/exchange-persisted';

const [url, documentPath] = process.argv.slice(2);
const requests = [];

async function recordingFetch(input, init = {}) {
  const address = new URL(String(input));
  const body = typeof init.body === 'string' ? JSON.parse(init.body) : null;
  const response = await fetch(input, init);
  const answer = await response.clone().json().catch(() => null);
  requests.push({
    method: init.method ?? 'GET',
    sentQuery: address.searchParams.has('query') || Boolean(body?.query),
    sentHash: (address.searchParams.get('extensions') ?? JSON.stringify(body?.extensions ?? {})).includes('sha256Hash'),
    status: response.status,
    errors: (answer?.errors ?? []).map((e) => e.message),
  });
  return response;
}

const client = new Client({
  url,
  fetch: recordingFetch,
  requestPolicy: 'network-only',
  preferGetMethod: false,
  exchanges: [persistedExchange({ preferGetForPersistedQueries: true }), fetchExchange],
});

const query = gql(readFileSync(documentPath, 'utf8'));
const results = [];
for (const name of ['宁波', '杭州']) {
  const result = await client.query(query, { name }).toPromise();
  results.push({ data: result.data ?? null, error: result.error?.message ?? null });
}
console.log(JSON.stringify({ results, requests }));
