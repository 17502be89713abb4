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
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "innograph.store.data-dir=target/neo4j-test/embedded-${random.uuid}")
public @interface EmbeddedServiceTest {

}
