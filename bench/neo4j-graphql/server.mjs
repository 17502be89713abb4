// The @neo4j/graphql peer of the benchmark: Apollo Server over the same Neo4j as Innograph.
// NEO4J_URI (bolt://127.0.0.1:PORT) and PORT come from the environment. Each response
// carries extensions.roundTrips, the Cypher statements it ran (exact when requests do not
// overlap, as in the benchmark's probe).
import { readFileSync } from "node:fs";
import { ApolloServer } from "@apollo/server";
import { startStandaloneServer } from "@apollo/server/standalone";
import { Neo4jGraphQL } from "@neo4j/graphql";
import neo4j from "neo4j-driver";

const typeDefs = readFileSync(new URL("./typeDefs.graphql", import.meta.url), "utf8");
const driver = neo4j.driver(process.env.NEO4J_URI ?? "bolt://127.0.0.1:7687", neo4j.auth.basic("neo4j", "unused"), {
  maxConnectionPoolSize: 100,
});

let statements = 0;
for (const type of [neo4j.Session, neo4j.Transaction]) {
  const run = type?.prototype?.run;
  if (run) {
    type.prototype.run = function (...args) {
      statements++;
      return run.apply(this, args);
    };
  }
}

const schema = await new Neo4jGraphQL({ typeDefs, driver }).getSchema();
const server = new ApolloServer({
  schema,
  plugins: [
    {
      async requestDidStart() {
        const before = statements;
        return {
          async willSendResponse({ response }) {
            if (response.body.kind === "single") {
              response.body.singleResult.extensions = { roundTrips: statements - before };
            }
          },
        };
      },
    },
  ],
});
const { url } = await startStandaloneServer(server, {
  listen: { port: Number(process.env.PORT ?? 4000), host: "127.0.0.1" },
  context: async () => ({ sessionConfig: { defaultAccessMode: "READ" } }),
});
console.log(`@neo4j/graphql ready at ${url}`);
