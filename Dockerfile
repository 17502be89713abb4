# Builds the service; docker-compose.yml runs it against the official Neo4j image.
FROM eclipse-temurin:21-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -ntp dependency:go-offline
COPY src src
COPY graph-schema graph-schema
RUN ./mvnw -B -ntp package -DskipTests

# The runtime is Java 25 (the code is compiled for 21): its ahead-of-time cache starts the
# service faster than 21's class data sharing archive can.
FROM eclipse-temurin:25-jre
WORKDIR /app
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
RUN useradd --system --uid 10001 innograph
COPY --from=build /src/target/innograph-*.jar /tmp/innograph.jar
COPY docker/prepare-image.sh /tmp/prepare-image.sh
# The jar unpacked, and an ahead-of-time cache written by one training start: the service
# then maps its classes, already loaded and linked, from the cache, with the training's
# method profiles. The same script runs in CI (docker/check.sh), where there is no Docker.
RUN sh /tmp/prepare-image.sh /tmp/innograph.jar /app && rm -rf /tmp/innograph.jar /tmp/prepare-image.sh
USER innograph
EXPOSE 8080
ENTRYPOINT ["java", "-XX:AOTCache=/app/application/innograph.aot", "-jar", "/app/application/innograph.jar"]
