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
# The jar unpacked, and an ahead-of-time cache written by one training start (the embedded
# store, the migrations and the seed, then exit): the service then maps its classes,
# already loaded and linked, from the cache, with the training's method profiles, instead
# of loading them from the jars, which takes about a quarter off a first start and a
# third off a restart.
RUN java -Djarmode=tools -jar /tmp/innograph.jar extract --destination /app/application \
    && mv /app/application/innograph-*.jar /app/application/innograph.jar \
    && java -XX:AOTCacheOutput=/app/application/innograph.aot -Dspring.context.exit=onRefresh \
       -jar /app/application/innograph.jar --innograph.store.data-dir=/tmp/training --logging.level.root=warn \
    && rm -rf /tmp/training /tmp/innograph.jar
USER innograph
EXPOSE 8080
ENTRYPOINT ["java", "-XX:AOTCache=/app/application/innograph.aot", "-jar", "/app/application/innograph.jar"]
