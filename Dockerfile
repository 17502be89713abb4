# Builds the service; docker-compose.yml runs it against the official Neo4j image.
FROM eclipse-temurin:21-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -ntp dependency:go-offline
COPY src src
COPY graph-schema graph-schema
RUN ./mvnw -B -ntp package -DskipTests

FROM eclipse-temurin:21-jre
WORKDIR /app
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
RUN useradd --system --uid 10001 innograph
COPY --from=build /src/target/innograph-*.jar /tmp/innograph.jar
# The jar unpacked, and a class data sharing archive written by one training start (the
# embedded store, the migrations and the seed, then exit): the service then maps its
# classes from the archive instead of loading them from the jars, which takes about a
# third off its start.
RUN java -Djarmode=tools -jar /tmp/innograph.jar extract --destination /app/application \
    && mv /app/application/innograph-*.jar /app/application/innograph.jar \
    && java -XX:ArchiveClassesAtExit=/app/application/innograph.jsa -Dspring.context.exit=onRefresh \
       -jar /app/application/innograph.jar --innograph.store.data-dir=/tmp/training --logging.level.root=warn \
    && rm -rf /tmp/training /tmp/innograph.jar
USER innograph
EXPOSE 8080
ENTRYPOINT ["java", "-XX:SharedArchiveFile=/app/application/innograph.jsa", "-jar", "/app/application/innograph.jar"]
