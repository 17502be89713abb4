// GraphiQL against this service's endpoint. An API key kept by the explorer (for
// mutations) is sent along; reads need none.
(function () {
  const key = sessionStorage.getItem('innograph.apiKey');
  const headers = key ? { Authorization: `Bearer ${key}` } : {};
  const fetcher = GraphiQL.createFetcher({ url: '/graphql', headers });
  const defaultQuery = `# City → its high-tech zones → their rankings, each with the quote and its document.
{
  city(name: "宁波") {
    name
    names { zhHant en pinyin }
    highTechZones {
      name
      rankings { rank list edition sources { quote document { title publishedAt } } }
    }
  }
}
`;
  ReactDOM.createRoot(document.getElementById('graphiql')).render(
    React.createElement(GraphiQL, { fetcher, defaultQuery, defaultEditorToolsVisibility: true }));
})();
