// A document is keyed by the SHA-256 of its text once cleaned and normalised (simplified
// characters, ASCII punctuation, no spaces): the same article in UTF-8, GB18030 or Big5, or
// with other page chrome, is one document. The hash of the original bytes stays as sha256.
// Documents stored before this get their key from DocumentContentKeys when the service starts.
CREATE CONSTRAINT document_content_key_unique IF NOT EXISTS FOR (n:Document) REQUIRE n.contentKey IS UNIQUE;
