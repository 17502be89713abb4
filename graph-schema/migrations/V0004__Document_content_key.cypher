// A document is keyed by the SHA-256 of its original bytes, so that loading the same
// article twice, or twice at once, leaves one document. The unique constraint brings its
// own index, which replaces the plain one of V0002.
DROP INDEX document_sha256 IF EXISTS;
CREATE CONSTRAINT document_sha256_unique IF NOT EXISTS FOR (n:Document) REQUIRE n.sha256 IS UNIQUE;
