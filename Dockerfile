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
COPY --from=build /src/target/innograph-*.jar /app/innograph.jar
USER innograph
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/innograph.jar"]
