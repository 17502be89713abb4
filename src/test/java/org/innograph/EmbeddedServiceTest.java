package org.innograph;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * The service on a real port with its default, embedded store in a fresh directory. Every
 * test class that uses it shares one Spring context, and so one Neo4j.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"innograph.store.data-dir=target/neo4j-test/embedded-${random.uuid}",
		// Small enough that an oversize article fits in one HTTP request.
		"innograph.ingest.max-bytes=100000",
		// The SHA-256 of test-editor-key and test-admin-key.
		"innograph.security.api-keys=editor:c775c8bb6fb82a3d621a65317d75f9336adfb3d7f86b39d3af67dd176e8a5889,admin:944650a7cd0f9e14d5c4fb15edbffb7fa45fb9ed36a4fa9be3d7e5476ae51bd9" })
public @interface EmbeddedServiceTest {

}
