// Filters and sorts of the analyst queries: equality and range seeks on the fields they
// most often constrain.
CREATE INDEX metric_name IF NOT EXISTS FOR (n:Metric) ON (n.name);
CREATE INDEX metric_period IF NOT EXISTS FOR (n:Metric) ON (n.period);
CREATE INDEX ranking_list IF NOT EXISTS FOR (n:Ranking) ON (n.list);
CREATE INDEX ranking_edition IF NOT EXISTS FOR (n:Ranking) ON (n.edition);
CREATE INDEX designation_name IF NOT EXISTS FOR (n:Designation) ON (n.name);
CREATE INDEX entity_admin_code IF NOT EXISTS FOR (n:Entity) ON (n.adminCode);
CREATE INDEX document_published_at IF NOT EXISTS FOR (n:Document) ON (n.publishedAt);
// Name filters match the Chinese or the English form: an index on each lets OR seek both.
CREATE INDEX metric_name_en IF NOT EXISTS FOR (n:Metric) ON (n.nameEn);
CREATE INDEX ranking_list_en IF NOT EXISTS FOR (n:Ranking) ON (n.listEn);
