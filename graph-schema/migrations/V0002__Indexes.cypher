// Lists filtered by kind and sorted by name.
CREATE INDEX entity_kind_name IF NOT EXISTS FOR (n:Entity) ON (n.kind, n.name);
CREATE INDEX document_sha256 IF NOT EXISTS FOR (n:Document) ON (n.sha256);
// Full-text search over every name form. The CJK analyzer indexes Chinese as overlapping
// bigrams, so 宁波 matches 宁波市; searchText holds the toneless, folded pinyin and English forms.
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (n:Entity) ON EACH [n.name, n.zhHant, n.searchText]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'cjk' } };
