// Subscribes to factsChanged with graphql-ws over WebSocket, from the cursor it is given,
// and prints each event as a line of JSON, until it has the number of events it waits for
// (or its time is up). Usage: node client.mjs <ws-url> <after-cursor> <count> [seconds]
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

const [url, after, count, seconds = '30'] = process.argv.slice(2);
const client = createClient({ url, webSocketImpl: WebSocket, retryAttempts: 0, lazy: true });
const query = `subscription($after: String) {
  factsChanged(after: $after) { cursor change factId kind fact { id } }
}`;

let received = 0;
const timer = setTimeout(() => {
  console.log(JSON.stringify({ timedOut: true, received }));
  process.exit(2);
}, Number(seconds) * 1000);

const events = client.iterate({ query, variables: { after } });
try {
  for await (const result of events) {
    if (result.errors) {
      console.log(JSON.stringify({ errors: result.errors }));
      process.exit(1);
    }
    console.log(JSON.stringify(result.data.factsChanged));
    if (++received >= Number(count)) {
      break;
    }
  }
} finally {
  clearTimeout(timer);
  await client.dispose();
}
