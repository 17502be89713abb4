package org.innograph;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import java.util.zip.ZipInputStream;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.innograph.ingest.IngestedData;
import org.innograph.store.GraphStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.w3c.dom.Element;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The explorer in a real browser (headless Chromium) against the running service: what a
 * journalist does, step by step, with screenshots of the main states written to
 * {@code target/explorer-screenshots}. Where no Chromium is installed the tests are
 * skipped, unless {@code INNOGRAPH_BROWSER_TESTS=required} (as in CI), where that is a
 * failure.
 */
@EnabledIf(value = "browserInstalledOrRequired",
		disabledReason = "skipped: no Chromium or ChromeDriver (set CHROMIUM and CHROMEDRIVER to their paths)")
@EmbeddedServiceTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExplorerBrowserTests {

	static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));

	static final Path CHROMEDRIVER = Path.of(System.getenv().getOrDefault("CHROMEDRIVER", "/usr/bin/chromedriver"));

	static final Path SCREENSHOTS = Path.of("target", "explorer-screenshots");

	static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	GraphStore store;

	ChromeDriver browser;

	WebDriverWait wait;

	Path downloads;

	/**
	 * Decided before the service starts, so that a machine without a browser skips these
	 * tests at once; where they are required (CI) they run, and fail if it is missing.
	 */
	static boolean browserInstalledOrRequired() {
		return (Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER))
				|| "required".equals(System.getenv("INNOGRAPH_BROWSER_TESTS"));
	}

	@BeforeAll
	void startBrowser() throws IOException {
		var installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
		if (!installed) {
			assertThat("required").as("Chromium and ChromeDriver are needed at %s and %s", CHROMIUM, CHROMEDRIVER)
				.isNotEqualTo(System.getenv("INNOGRAPH_BROWSER_TESTS"));
			Assumptions.abort("No Chromium at " + CHROMIUM + " or no ChromeDriver at " + CHROMEDRIVER);
		}
		this.downloads = Files.createTempDirectory("explorer-downloads");
		Files.createDirectories(SCREENSHOTS);
		var options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		// The network here is closed: Chromium's background connections only add noise
		// and delay.
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--disable-quic", "--window-size=1400,1000", "--lang=zh-CN",
				// No host but this service resolves: a page that needs the outside
				// network
				// fails here as it would on a machine without one.
				"--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
				"--user-data-dir=" + Files.createTempDirectory("explorer-profile"));
		options.setExperimentalOption("prefs", Map.of("download.default_directory", this.downloads.toString(),
				"download.prompt_for_download", false, "profile.default_content_settings.popups", 0));
		var service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		this.browser = new ChromeDriver(service, options);
		// The explorer replaces elements as it renders: a wait reads them again.
		this.wait = new WebDriverWait(this.browser, Duration.ofSeconds(30));
		this.wait.ignoring(StaleElementReferenceException.class);
	}

	@AfterAll
	void stopBrowser() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@BeforeEach
	void freshPage() {
		if (this.browser != null) {
			this.browser.manage().window().setSize(new Dimension(1400, 1000));
			open("/");
			this.browser.executeScript("localStorage.clear(); sessionStorage.clear();");
		}
	}

	@Test
	void searchFindsTheCityInEveryScriptAndOpensIt() {
		open("/?lang=zh");
		var hits = search("寧波");
		assertThat(hits).anySatisfy(hit -> {
			assertThat(hit.getAttribute("data-id")).isEqualTo("city-ningbo");
			assertThat(hit.findElement(By.cssSelector(".badge")).getText()).isEqualTo("城市");
		});
		screenshot("01-search-ningbo-traditional");
		hitFor("city-ningbo").click();
		this.wait.until(ExpectedConditions.textToBe(By.id("entity-name"), "宁波市"));
		this.wait.until(ExpectedConditions.urlContains("id=city-ningbo"));

		var latin = search("Ningbo");
		assertThat(latin).extracting(hit -> hit.getAttribute("data-id")).contains("city-ningbo");
		// The keyboard alone: down to the city, Enter opens it.
		var input = this.browser.findElement(By.id("search"));
		while (!"city-ningbo".equals(activeHit().getAttribute("data-id"))) {
			input.sendKeys(Keys.ARROW_DOWN);
		}
		// The city is already shown: Enter must show it again, in a new panel.
		var shown = this.browser.findElement(By.id("entity-name"));
		input.sendKeys(Keys.ENTER);
		this.wait.until(ExpectedConditions.stalenessOf(shown));
		this.wait.until(ExpectedConditions.textToBe(By.id("entity-name"), "宁波市"));
		var names = this.wait.until(d -> d.findElement(By.cssSelector(".names")).getText());
		assertThat(names).contains("寧波市", "Ningbo", "Níngbō");
	}

	@Test
	void searchAnswersWhileANameIsStillBeingTyped() {
		open("/?lang=en");
		// Beginnings of a name in Latin letters, in pinyin without tones, and one
		// character.
		assertThat(search("Hang")).extracting(hit -> hit.getAttribute("data-id")).contains("city-hangzhou");
		assertThat(search("hangz")).first()
			.satisfies(hit -> assertThat(hit.getAttribute("data-id")).isEqualTo("city-hangzhou"));
		assertThat(search("宁")).extracting(hit -> hit.getAttribute("data-id")).contains("city-ningbo");
		assertThat(search("寧")).extracting(hit -> hit.getAttribute("data-id")).contains("city-ningbo");
		assertThat(search("ning bo")).first()
			.satisfies(hit -> assertThat(hit.getAttribute("data-id")).isEqualTo("city-ningbo"));
		var hits = search("Ningb");
		assertThat(hits).first().satisfies(hit -> {
			assertThat(hit.getAttribute("data-id")).isEqualTo("city-ningbo");
			assertThat(hit.getText()).contains("Ningbo");
		});
		screenshot("15-search-as-you-type");
	}

	@Test
	void findsTheRealCountryAndDrawsAProvinceWithItsCities() {
		open("/?lang=zh");
		assertThat(search("合肥")).extracting(hit -> hit.getAttribute("data-id")).contains("city-340100");
		assertThat(search("临安区")).extracting(hit -> hit.getAttribute("data-id")).contains("county-330112");
		// Two districts share the name: both are listed, neither is merged into the
		// other.
		assertThat(search("朝阳区")).extracting(hit -> hit.getAttribute("data-id"))
			.contains("county-110105", "county-220104");
		screenshot("09-search-chaoyang-both");

		openEntity("prov-340000");
		this.wait.until(ExpectedConditions.textToBe(By.id("entity-name"), "安徽省"));
		this.wait.until(d -> nodeIds().containsAll(List.of("city-340100", "city-340200", "city-341800")));
		screenshot("10-anhui-with-its-cities");
	}

	@Test
	void graphiqlRunsAQueryWithNoOutsideNetwork() {
		open("/graphiql");
		var run = this.wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".graphiql-execute-button")));
		run.click();
		this.wait.until(d -> script("""
				const result = document.querySelector('.graphiql-response .CodeMirror');
				return result && result.CodeMirror.getValue().includes('"rank": 13');""").equals(Boolean.TRUE));
		screenshot("11-graphiql-offline");
	}

	@Test
	void theCityShowsItsZonesRankThirteenWithTheQuoteInContext() {
		openEntity("city-ningbo");
		var rank = this.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("li[data-rank='13']")));
		assertThat(rank.getText()).contains("13").contains("2022");
		var quote = rank.findElement(By.cssSelector("li.source.primary blockquote"));
		this.wait.until(d -> !quote.findElements(By.cssSelector(".context")).isEmpty());
		assertThat(quote.findElement(By.tagName("mark")).getText()).contains("寧波第13位");
		assertThat(quote.findElements(By.cssSelector(".context")).getFirst().getText()).isNotBlank();
		// Background sources are told apart from the article; inferred ones are marked.
		assertThat(rank.findElements(By.cssSelector("li.source.background .badge.background"))).isNotEmpty();
		scrollIntoView(rank);
		screenshot("02-ningbo-rank-13-with-quote");

		rank.findElement(By.cssSelector("li.source.primary .document-link")).click();
		var highlighted = this.wait
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#document-text mark#document-quote")));
		assertThat(highlighted.getText()).contains("寧波第13位");
		assertThat(this.browser.getCurrentUrl()).contains("doc=");
		screenshot("03-document-panel");

		// A shared link brings the same state back.
		this.browser.navigate().refresh();
		this.wait
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#document-text mark#document-quote")));
		this.browser.findElement(By.id("document-close")).click();
		assertThat(this.browser.getCurrentUrl()).doesNotContain("doc=");
	}

	@Test
	void clickingANodeExpandsIt() {
		openEntity("city-ningbo");
		var before = nodeCount();
		assertThat(nodeIds()).contains("prov-zhejiang");
		clickNode("prov-zhejiang");
		this.wait.until(d -> nodeCount() > before);
		this.wait.until(ExpectedConditions.textToBe(By.id("entity-name"), "浙江省"));
		assertThat(decodedUrl()).contains("graph=city-ningbo,prov-zhejiang");
		// Hovering an edge tells its type and quote.
		hoverFirstEdge();
		var tip = this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("edge-tip")));
		assertThat(tip.getText()).isNotBlank();
		assertThat(tip.findElements(By.cssSelector("blockquote"))).isNotEmpty();
		screenshot("04-expanded-node");

		var expanded = nodeCount();
		this.browser.navigate().refresh();
		this.wait.until(d -> nodeCount() == expanded);

		// Filtering by kind hides those nodes, and says so in the link.
		this.browser.findElement(By.cssSelector("#kinds-menu summary")).click();
		this.browser.findElement(By.cssSelector("#kinds input[value='Laboratory']")).click();
		this.wait.until(d -> !visibleNodeKinds().contains("Laboratory"));
		assertThat(this.browser.getCurrentUrl()).contains("hide=Laboratory");

		// The keyboard alone: arrows choose a node, Enter opens and expands it.
		var graph = this.browser.findElement(By.id("graph"));
		script("arguments[0].focus()", graph);
		graph.sendKeys(Keys.ARROW_RIGHT);
		var chosen = (String) script("return window.innograph.graph.cy.nodes(':selected').map(n => n.id())[0]");
		assertThat(chosen).isNotNull();
		graph.sendKeys(Keys.ENTER);
		this.wait.until(d -> chosen.equals(script("return window.innograph.entityId")));
		this.wait.until(d -> (Boolean) script("return window.innograph.graph.expanded.includes(arguments[0])", chosen));
	}

	@Test
	@SuppressWarnings("unchecked")
	void theGraphReadsWithWholeLabelsNamedLinksAndALegend() {
		open("/?lang=en&id=city-hangzhou");
		this.wait.until(d -> nodeIds().containsAll(List.of("htz-hangzhou", "htz-hangzhou-linjiang")));
		// No label is cut, each is unique on screen: the two zones no longer read alike.
		var labels = (List<Map<String, String>>) script("""
				return window.innograph.graph.cy.nodes(':visible').map(n => ({ id: n.id(),
					label: n.style('label'), full: n.data('full'), wrap: n.style('text-wrap') }))""");
		assertThat(labels).allSatisfy(label -> {
			assertThat(label.get("wrap")).isEqualTo("wrap");
			assertThat(label.get("label")).isNotBlank().doesNotContain("…");
		});
		assertThat(labels).extracting(label -> label.get("label")).doesNotHaveDuplicates();
		assertThat(labels).filteredOn(label -> label.get("id").startsWith("htz-hangzhou"))
			.extracting(label -> label.get("label"), label -> label.get("full"))
			.containsExactlyInAnyOrder(
					org.assertj.core.groups.Tuple.tuple("Hangzhou Hi-tech Zone",
							"Hangzhou National Hi-tech Industrial Development Zone"),
					org.assertj.core.groups.Tuple.tuple("Hangzhou Linjiang Hi-tech Zone",
							"Hangzhou Linjiang National Hi-tech Industrial Development Zone"));
		// The full name on hover.
		hoverNode("htz-hangzhou");
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("edge-tip"),
				"Hangzhou National Hi-tech Industrial Development Zone"));

		// Each link says what it is, in the page's language, and the legend says what the
		// colours mean.
		var links = (List<Map<String, String>>) script(
				"""
						return window.innograph.graph.cy.edges(':visible').map(e => ({ type: e.data('type'), label: e.style('label') }))""");
		assertThat(links).isNotEmpty().allSatisfy(link -> assertThat(link.get("label")).isNotBlank());
		assertThat(links).filteredOn(link -> link.get("type").equals("LOCATED_IN"))
			.isNotEmpty()
			.allSatisfy(link -> assertThat(link.get("label")).isEqualTo("located in"));
		var legend = this.browser.findElement(By.id("legend"));
		assertThat(legend.findElements(By.cssSelector("[data-kind]")).stream().map(e -> e.getDomAttribute("data-kind")))
			.containsExactlyInAnyOrderElementsOf(Set.copyOf(visibleNodeKinds()));
		assertThat(legend.findElements(By.cssSelector("[data-type]")).stream().map(e -> e.getDomAttribute("data-type")))
			.containsExactlyInAnyOrderElementsOf(links.stream().map(link -> link.get("type")).distinct().toList());
		assertThat(legend.findElement(By.cssSelector("[data-type='LOCATED_IN']")).getText()).isEqualTo("located in");
		screenshot("13-readable-graph-en");

		this.browser.findElement(By.id("lang")).click();
		this.wait.until(d -> "位于"
			.equals(script("return window.innograph.graph.cy.edges('[type = \"LOCATED_IN\"]')[0].style('label')")));
		assertThat(legend.findElement(By.cssSelector("[data-type='LOCATED_IN']")).getText()).isEqualTo("位于");
		assertThat(legend.findElement(By.cssSelector("[data-kind='City']")).getText()).isEqualTo("城市");
	}

	@Test
	@SuppressWarnings("unchecked")
	void nodesAreSizedByHowMuchIsKnownAboutThem() throws Exception {
		var api = graphql("""
				{ neighborhood(id: "city-ningbo", depth: 1) { nodes { id facts } }
				  path(from: "city-hangzhou", to: "dept-zhejiang-kjt") { nodes { id facts } }
				  hangzhou: neighborhood(id: "city-hangzhou", depth: 1, limit: 1) { nodes { id facts } } }""");
		var facts = new java.util.HashMap<String, Integer>();
		api.at("/neighborhood/nodes")
			.valueStream()
			.forEach(n -> facts.put(n.get("id").asString(), n.get("facts").asInt()));
		// The same count on a path as in a neighbourhood; a district is known by its one
		// link, the zone by its rankings too.
		var onPath = api.at("/path/0/nodes")
			.valueStream()
			.filter(n -> n.get("id").asString().equals("city-hangzhou"))
			.findFirst()
			.orElseThrow();
		assertThat(onPath.get("facts").asInt()).isPositive().isEqualTo(api.at("/hangzhou/nodes/0/facts").asInt());
		assertThat(facts.values()).contains(1).anyMatch(n -> n > 10);

		openEntity("city-ningbo");
		this.wait.until(d -> nodeCount() == facts.size());
		var drawn = (List<Map<String, Object>>) script("""
				return window.innograph.graph.cy.nodes(':visible').filter(n => !n.hasClass('centre'))
					.map(n => ({ id: n.id(), facts: n.data('facts'), width: n.width() }))""");
		assertThat(drawn).allSatisfy(n -> assertThat(((Number) n.get("facts")).intValue()).as((String) n.get("id"))
			.isEqualTo(facts.get(n.get("id"))));
		// More facts, a larger node: never smaller than one that is known less.
		assertThat(drawn).allSatisfy(a -> assertThat(drawn).allSatisfy(b -> {
			if (((Number) a.get("facts")).intValue() > ((Number) b.get("facts")).intValue()) {
				assertThat(((Number) a.get("width")).doubleValue()).as("%s against %s", a.get("id"), b.get("id"))
					.isGreaterThan(((Number) b.get("width")).doubleValue());
			}
		}));
		assertThat(this.browser.findElements(By.cssSelector("#legend [data-size='facts']"))).hasSize(1);
		hoverNode("htz-ningbo");
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#edge-tip .tip-facts"),
				facts.get("htz-ningbo") + " 项事实"));
	}

	@Test
	@SuppressWarnings("unchecked")
	void noTwoLabelsOverlapAtDepthThreeForHangzhou() {
		for (var lang : List.of("zh", "en")) {
			open("/?lang=%s&id=city-hangzhou&depth=3".formatted(lang));
			this.wait
				.until(d -> nodeCount() > 20 && !this.browser.findElement(By.id("graph-status")).getText().isEmpty());
			// Each label's box as drawn (wrapped where it wraps), in the drawing's units.
			var overlaps = (List<String>) script("""
					const boxes = window.innograph.graph.cy.nodes(':visible').map(n => ({ label: n.style('label'),
						box: n.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true }) }));
					const out = [];
					boxes.forEach((a, i) => boxes.slice(i + 1).forEach(b => {
						const x = Math.min(a.box.x2, b.box.x2) - Math.max(a.box.x1, b.box.x1);
						const y = Math.min(a.box.y2, b.box.y2) - Math.max(a.box.y1, b.box.y1);
						if (x > 0 && y > 0) out.push(`${a.label} × ${b.label}: ${x.toFixed(1)} × ${y.toFixed(1)}`);
					}));
					return out;""");
			System.out.printf("Labels at depth 3 for 杭州 (%s): %d nodes, %d overlapping pairs%n", lang, nodeCount(),
					overlaps.size());
			overlaps.forEach(pair -> System.out.println("  overlap: " + pair));
			screenshot("20-hangzhou-depth-3-" + lang);
			assertThat(overlaps).as("overlapping labels (%s)", lang).isEmpty();
		}
	}

	@Test
	@SuppressWarnings("unchecked")
	void expandingANodeLeavesTheDrawnNodesWhereTheyAre() {
		openEntity("city-hangzhou");
		this.wait.until(d -> nodeIds().contains("prov-zhejiang"));
		var before = positions();
		var started = System.nanoTime();
		clickNode("prov-zhejiang");
		this.wait.until(d -> (Boolean) script("return window.innograph.graph.expanded.includes('prov-zhejiang')"));
		this.wait.until(d -> nodeCount() > before.size());
		System.out.printf("Expanding prov-zhejiang: %d ms, %d nodes before, %d after%n",
				(System.nanoTime() - started) / 1_000_000, before.size(), nodeCount());
		var after = positions();
		var moves = before.keySet().stream().map(id -> {
			var a = before.get(id);
			var b = after.get(id);
			return Math.hypot(a.get("x").doubleValue() - b.get("x").doubleValue(),
					a.get("y").doubleValue() - b.get("y").doubleValue());
		}).sorted().toList();
		var onScreen = before.keySet().stream().map(id -> {
			var a = before.get(id);
			var b = after.get(id);
			return Math.hypot(a.get("rx").doubleValue() - b.get("rx").doubleValue(),
					a.get("ry").doubleValue() - b.get("ry").doubleValue());
		}).sorted().toList();
		System.out.printf("Drawn nodes moved: largest %.1f px in the drawing, median %.1f px on screen%n",
				moves.getLast(), onScreen.get(onScreen.size() / 2));
		assertThat(moves.getLast()).as("the largest move of a drawn node, in px").isLessThanOrEqualTo(3.0);
		screenshot("14-expanded-in-place");
	}

	@Test
	void findsAPathBetweenHangzhouAndTheDepartmentWithASourceForEachHop() {
		open("/?lang=zh");
		this.browser.findElement(By.cssSelector("#path-menu summary")).click();
		pick("path-from", "杭州", "city-hangzhou");
		pick("path-to", "浙江省科技厅", "dept-zhejiang-kjt");
		this.browser.findElement(By.cssSelector("#path-form button[type=submit]")).click();
		var hops = this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("path-hops")))
			.findElements(By.cssSelector("li.hop"));
		assertThat(hops).isNotEmpty();
		assertThat(hops)
			.allSatisfy(hop -> assertThat(hop.findElement(By.cssSelector("blockquote")).getText()).isNotBlank());
		@SuppressWarnings("unchecked")
		var onPath = (List<String>) script("return window.innograph.graph.cy.nodes('.path').map(n => n.id())");
		assertThat(onPath).contains("city-hangzhou", "dept-zhejiang-kjt");
		assertThat(decodedUrl()).contains("path=city-hangzhou~dept-zhejiang-kjt");
		screenshot("05-path-hangzhou-department");
	}

	@Test
	void switchesLanguageAndRemembersIt() {
		openEntity("city-ningbo");
		this.wait.until(ExpectedConditions.textToBe(By.id("entity-name"), "宁波市"));
		var toggle = this.browser.findElement(By.id("lang"));
		assertThat(toggle.getText()).isEqualTo("English");
		toggle.click();
		this.wait.until(ExpectedConditions.textToBe(By.id("entity-name"), "Ningbo"));
		assertThat(this.browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
		assertThat(this.browser.findElement(By.id("lang")).getText()).isEqualTo("中文");
		assertThat(this.browser.getCurrentUrl()).contains("lang=en");
		assertThat(this.browser.findElement(By.cssSelector(".rankings h2")).getText()).isEqualTo("Rankings");
		screenshot("06-english");
		// Remembered without the URL saying so.
		open("/?id=city-ningbo");
		this.wait.until(ExpectedConditions.textToBe(By.id("entity-name"), "Ningbo"));
	}

	@Test
	void exportsTheViewInEveryFormatWithItsSourcesAndLicence() throws Exception {
		openEntity("city-ningbo");
		this.wait.until(d -> nodeCount() > 1);
		var nodes = nodeCount();

		// A plain table: the byte-order mark, then the header on the first line, nothing
		// before it, so that a reader with its defaults takes it as a table.
		var csv = Files.readAllBytes(export("csv", ".csv"));
		assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
		var text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
		assertThat(text.lines().findFirst().orElseThrow()).startsWith("factId,type,subjectId,");
		var records = strictCsv(text);
		assertThat(records).anySatisfy(row -> {
			assertThat(row.get("type")).isEqualTo("Ranking");
			assertThat(row.get("subjectId")).isEqualTo("htz-ningbo");
			assertThat(row.get("rank")).isEqualTo("13");
			assertThat(row.get("quote")).contains("寧波第13位");
			assertThat(row.get("document")).isNotBlank();
		});
		assertThat(records.stream().map(CSVRecord::size).distinct()).hasSize(1);
		assertThat(pythonCsvReader(text))
			.isEqualTo("rows=%d columns=%d".formatted(records.size(), records.getFirst().size()));

		// Beside it, a ZIP of the same table, its sources and its licence.
		var zip = new java.util.HashMap<String, String>();
		try (var in = new ZipInputStream(Files.newInputStream(export("zip", ".zip")), StandardCharsets.UTF_8)) {
			for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				zip.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
			}
		}
		assertThat(zip).containsOnlyKeys("facts.csv", "sources.csv", "LICENSE.txt");
		assertThat(zip.get("facts.csv")).isEqualTo("\uFEFF" + text);
		assertThat(zip.get("LICENSE.txt")).contains("CC BY 4.0");
		var sources = strictCsv(zip.get("sources.csv").substring(1));
		assertThat(sources).isNotEmpty()
			.allSatisfy(row -> assertThat(row.get("title")).isNotBlank())
			.extracting(row -> row.get("title"))
			.doesNotHaveDuplicates()
			.containsExactlyInAnyOrderElementsOf(
					records.stream().map(row -> row.get("document")).filter(d -> !d.isEmpty()).distinct().toList());

		var graphml = export("graphml", ".graphml");
		var document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(graphml.toFile());
		assertThat(document.getElementsByTagName("node").getLength()).isEqualTo(nodes);
		assertThat(document.getElementsByTagName("edge").getLength()).isPositive();
		var graphData = ((Element) document.getElementsByTagName("graph").item(0)).getElementsByTagName("data");
		assertThat(Stream.iterate(0, i -> i < graphData.getLength(), i -> i + 1)
			.map(i -> (Element) graphData.item(i))
			.filter(e -> e.getAttribute("key").equals("graph_licence"))
			.map(Element::getTextContent)).singleElement().asString().contains("CC BY 4.0");

		var cytoscape = JSON.readTree(Files.readString(export("cytoscape", ".cyjs.json")));
		assertThat(cytoscape.at("/elements/nodes")).hasSize(nodes);
		assertThat(cytoscape.at("/elements/nodes").valueStream().map(n -> n.at("/data/id").asString()))
			.contains("city-ningbo", "htz-ningbo");
		assertThat(cytoscape.at("/data/licence").asString()).contains("CC BY 4.0");
		assertThat(cytoscape.at("/data/sources").valueStream().map(JsonNode::asString)).isNotEmpty();

		var png = export("png", ".png");
		var image = ImageIO.read(png.toFile());
		assertThat(image.getWidth()).isGreaterThan(100);
		assertThat(image.getHeight()).isGreaterThan(100);
		// A title above the drawing, and a legend beneath it: the first entry's swatch is
		// a square of a kind's colour at the left margin.
		assertThat(IntStream.range(10, 45).anyMatch(y -> image.getRGB(14, y) != 0xFFFFFFFF)).as("a title").isTrue();
		var kindColours = List.of(0xb5443c, 0x8c6d3f, 0x2e6e9e, 0x2f8f6b, 0x6aa84f, 0xd58a1f, 0x7b4fa0, 0xc25b8f,
				0xb8a21f, 0x4a6fa5, 0x777777);
		assertThat(IntStream.range(0, image.getHeight() - 16)
			.anyMatch(y -> IntStream.range(0, 16)
				.allMatch(d -> kindColours.contains(image.getRGB(12 + d, y + d) & 0xFFFFFF)
						&& (image.getRGB(12 + d, y + d) & 0xFFFFFF) == (image.getRGB(12, y) & 0xFFFFFF))))
			.as("a legend swatch")
			.isTrue();
	}

	@Test
	@SuppressWarnings("unchecked")
	void theSvgExportIsADrawingWithItsTitleLegendCreditAndSources() throws Exception {
		openEntity("city-ningbo");
		this.wait.until(d -> nodeCount() > 1);
		var labels = (List<String>) script(
				"return window.innograph.graph.cy.nodes(':visible').map(n => n.style('label'))");
		var relations = (List<String>) script(
				"return [...new Set(window.innograph.graph.cy.edges(':visible').map(e => e.style('label')))]");
		var factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		var svg = factory.newDocumentBuilder().parse(export("svg", ".svg").toFile());
		assertThat(svg.getDocumentElement().getLocalName()).isEqualTo("svg");
		assertThat(svg.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
		var texts = svg.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text");
		var shown = IntStream.range(0, texts.getLength()).mapToObj(i -> texts.item(i).getTextContent()).toList();
		// The title, every node by the label it has on screen, the links in words.
		assertThat(shown).contains("宁波市").containsAll(labels).containsAll(relations);
		assertThat(svg.getElementsByTagNameNS("http://www.w3.org/2000/svg", "circle").getLength())
			.isEqualTo(labels.size());
		// The legend names each kind drawn; the credit line has the date and the licence;
		// the sources follow.
		assertThat(shown).contains("城市");
		assertThat(shown).anySatisfy(line -> assertThat(line).startsWith("Innograph · ")
			.contains(java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString())
			.contains("CC BY 4.0"));
		assertThat(shown).anySatisfy(line -> assertThat(line).startsWith("Source: "));
	}

	@Test
	void theEmbedViewDrawsTheAddressedStateWithALegendAndALinkBack() {
		var state = "id=city-hangzhou&depth=2&hide=Event&lang=en";
		open("/embed?" + state);
		this.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("body[data-ready='true']")));
		assertThat(nodeIds()).contains("city-hangzhou").hasSizeGreaterThan(3);
		assertThat(this.browser.findElements(By.cssSelector(".legend-item[data-kind='City']"))).isNotEmpty();
		assertThat(this.browser.findElements(By.cssSelector(".legend-item[data-type]"))).isNotEmpty();
		// The drawing, its legend and the link back: no search, panel, toolbar or drawer.
		assertThat(this.browser.findElements(By.cssSelector("#search, #entity, .toolbar, #document, header, footer")))
			.isEmpty();
		var link = this.browser.findElement(By.id("view-full"));
		assertThat(link.getText()).contains("View in Innograph");
		assertThat(link.getDomProperty("href")).isEqualTo("http://127.0.0.1:" + this.port + "/?" + state);
		screenshot("16-embed");
		var embedded = Set.copyOf(nodeIds());

		// A page on another site frames it; the explorer itself stays out of frames.
		script("""
				for (const src of ['/embed?%s', '/?%s']) {
				  const frame = document.createElement('iframe');
				  frame.src = src; frame.width = 600; frame.height = 400;
				  document.body.append(frame);
				}""".formatted(state, state));
		this.wait.until(d -> Boolean.TRUE.equals(script("""
				const frames = document.querySelectorAll('iframe');
				return frames[0].contentDocument?.body?.dataset.ready === 'true'""")));
		assertThat(script(
				"return document.querySelectorAll('iframe')[1].contentDocument?.getElementById('search') ?? null"))
			.as("the explorer in a frame")
			.isNull();

		// The link opens the explorer on the same drawing.
		this.browser.get(link.getDomProperty("href"));
		this.wait.until(ExpectedConditions.textToBe(By.id("entity-name"), "Hangzhou"));
		this.wait.until(d -> Set.copyOf(nodeIds()).equals(embedded));
	}

	@Test
	void everySourceSaysWhoPublishedItWhenAndWhereToReadIt() {
		open("/?lang=en&id=city-hangzhou");
		this.wait.until(ExpectedConditions.textToBe(By.id("entity-name"), "Hangzhou"));
		var quote = this.wait.until(ExpectedConditions
			.presenceOfElementLocated(By.cssSelector("blockquote[data-document='hangzhou-com-cn-2022-09-30']")));
		var source = quote.findElement(By.xpath("./ancestor::li[contains(@class,'source')][1]"));
		assertThat(source.findElement(By.cssSelector(".citation .publisher")).getText()).isEqualTo("Hangzhou Daily");
		assertThat(source.findElement(By.cssSelector(".citation .published")).getText()).isEqualTo("2022-09-30");
		var address = "https://en.hangzhou.com.cn/News/content/2022-09/30/content_8366389.html";
		var original = source.findElement(By.cssSelector(".citation a.original"));
		assertThat(original.getDomAttribute("href")).isEqualTo(address);
		assertThat(original.getDomAttribute("target")).isEqualTo("_blank");
		// Every source either links to its original or says that no address is recorded.
		var citations = this.browser.findElements(By.cssSelector("#entity li.source .citation"));
		assertThat(citations).isNotEmpty()
			.allSatisfy(citation -> assertThat(citation.findElements(By.cssSelector("a.original, .no-address")))
				.hasSize(1));
		// Each names its publisher where its document does (one seed source names none).
		assertThat(this.browser.findElements(By.cssSelector(
				"#entity li.source:not(:has(blockquote[data-document='zj-provincial-laboratories'])) .citation")))
			.allSatisfy(citation -> assertThat(citation.findElements(By.cssSelector(".publisher"))).hasSize(1));

		// A background source without text opens on its quote and its address, not on an
		// empty drawer.
		scrollIntoView(source);
		source.findElement(By.cssSelector(".document-link")).click();
		var followed = this.wait
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#document-text #document-quote")));
		assertThat(followed.getText()).contains("from 85th in 2017 to 14th in 2022");
		var meta = this.browser.findElement(By.id("document-meta"));
		assertThat(meta.findElement(By.cssSelector(".publisher")).getText()).isEqualTo("Hangzhou Daily");
		assertThat(meta.findElement(By.cssSelector(".published")).getText()).isEqualTo("2022-09-30");
		assertThat(meta.findElement(By.cssSelector("a.original")).getDomAttribute("href")).isEqualTo(address);
		assertThat(meta.findElement(By.cssSelector(".address")).getText()).isEqualTo(address);
		screenshot("17-background-source-drawer");

		// From a shared link, with no quote followed: the quotes the graph takes from it.
		this.browser.navigate().refresh();
		this.wait.until(d -> d.findElements(By.cssSelector("#document-text blockquote"))
			.stream()
			.anyMatch(q -> q.getText().contains("from 85th in 2017 to 14th in 2022")));

		// The article has no address: it says so.
		open("/?lang=en&id=city-hangzhou&doc=zjkjt-2023-04-20");
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#document-meta .no-address")));
		assertThat(this.browser.findElement(By.cssSelector("#document-meta .publisher")).getText()).isEqualTo("浙江省科技厅");
	}

	@Test
	void theFirstScreenSaysWhatTheDataCoversWithTheApisCounts() throws Exception {
		open("/?lang=en");
		var overview = this.wait
			.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#overview[data-ready='true']")));
		var api = graphql("""
				{ documents { title role publishedAt }
				  entities(first: 1) { totalCount }
				  metricsConnection(first: 1) { totalCount }
				  rankingsConnection(first: 1) { totalCount
				    cities: groupBy(keys: [CITY]) { keys { value displayName } }
				    subjects: groupBy(keys: [SUBJECT]) { keys { value displayName } } }
				  designationsConnection(first: 1) { totalCount } }""");
		var expected = Map.of("entities", api.at("/entities/totalCount").asInt(), "metrics",
				api.at("/metricsConnection/totalCount").asInt(), "rankings",
				api.at("/rankingsConnection/totalCount").asInt(), "designations",
				api.at("/designationsConnection/totalCount").asInt());
		assertThat(expected.values()).allMatch(n -> n > 0);
		expected.forEach((key, value) -> {
			var shown = overview.findElement(By.cssSelector("[data-count='" + key + "']"));
			assertThat(shown.getDomAttribute("data-value")).as(key).isEqualTo(String.valueOf(value));
			assertThat(shown.findElement(By.tagName("strong")).getText().replace(",", "")).as(key)
				.isEqualTo(String.valueOf(value));
		});
		// The documents: the articles by title, and the newest date of all.
		var documents = api.get("documents").valueStream().toList();
		assertThat(overview.findElements(By.cssSelector(".cover-documents .document-link")))
			.extracting(WebElement::getText)
			.containsExactlyElementsOf(documents.stream()
				.filter(d -> d.get("role").asString().equals("PRIMARY"))
				.map(d -> d.get("title").asString())
				.toList());
		var latest = documents.stream()
			.map(d -> d.get("publishedAt").asString(""))
			.filter(d -> !d.isEmpty())
			.map(d -> d.substring(0, Math.min(10, d.length())))
			.max(String::compareTo)
			.orElseThrow();
		assertThat(overview.getText()).contains(latest);
		// The cities with rankings, and three example searches: what the data says most
		// about; one click searches.
		var cities = named(api.at("/rankingsConnection/cities"));
		assertThat(overview.findElement(By.cssSelector(".cover-places")).getText()).contains(cities.getFirst());
		var subjects = named(api.at("/rankingsConnection/subjects"));
		var examples = overview.findElements(By.cssSelector("button.example"));
		assertThat(examples).extracting(WebElement::getText).containsExactlyElementsOf(subjects.subList(0, 3));
		screenshot("18-first-screen");
		examples.getFirst().click();
		var hits = By.cssSelector("#search-hits[data-query='%s'] .hit".formatted(subjects.getFirst()));
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(hits));
		assertThat(this.browser.findElement(By.id("search")).getDomProperty("value")).isEqualTo(subjects.getFirst());
	}

	@Test
	void tellsTheUserWhatWentWrong() {
		open("/?lang=en");
		search("zzqqxx", false);
		var message = this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("message")));
		assertThat(message.getText()).contains("Nothing found for “zzqqxx”");
		screenshot("07-no-hits");

		// The server goes away: the page says so and offers to retry.
		script("window.fetch = () => Promise.reject(new TypeError('Failed to fetch'));");
		search("杭州", false);
		this.wait.until(d -> "unreachable".equals(d.findElement(By.id("message")).getAttribute("data-kind")));
		assertThat(this.browser.findElement(By.id("message")).getText()).contains("cannot be reached");
		assertThat(this.browser.findElements(By.cssSelector("#message button.retry"))).isNotEmpty();
		screenshot("07-server-unreachable");

		// The page's largest drawing, 500 nodes to depth 3 with their quotes, is within
		// the server's limits.
		open("/?lang=en&id=prov-zhejiang&depth=3&limit=500");
		this.wait.until(d -> nodeCount() > 20);
		assertThat(this.browser.findElement(By.id("message")).getAttribute("data-kind")).isNotEqualTo("limit");

		// A limit the server enforces comes back in its own words: the server's own
		// answer
		// to a request over its cost cap (20 such drawings in one), given to the page.
		var overTheCap = "{ " + String.join(" ", java.util.stream.IntStream.range(0, 20)
			.mapToObj(
					i -> "a%d: neighborhood(id: \"prov-zhejiang\", depth: 3, limit: 500) { nodes { id } }".formatted(i))
			.toList()) + " }";
		((JavascriptExecutor) this.browser).executeAsyncScript("""
				const [query, done] = arguments;
				fetch('/graphql', { method: 'POST', headers: { 'Content-Type': 'application/json' },
						body: JSON.stringify({ query }) })
					.then(async answer => {
						const body = await answer.text();
						const status = answer.status;
						window.fetch = () => Promise.resolve(new Response(body,
							{ status, headers: { 'Content-Type': 'application/json' } }));
						done();
					});
				""", overTheCap);
		search("杭州", false);
		this.wait.until(d -> "limit".equals(d.findElement(By.id("message")).getAttribute("data-kind")));
		assertThat(this.browser.findElement(By.id("message")).getText()).contains("beyond the server’s limits",
				"cost limit");
		screenshot("08-limit");

		// An unknown entity in a shared link.
		open("/?id=no-such-entity&lang=en");
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("message"), "no-such-entity"));
	}

	@Test
	void hasNoSeriousOrCriticalAccessibilityViolations() {
		var found = new java.util.ArrayList<String>();
		open("/?lang=en");
		this.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#overview[data-ready='true']")));
		found.addAll(axe("the first screen"));
		// The graph drawn, and a search's hits open over it.
		open("/?lang=en&id=city-hangzhou&depth=2");
		this.wait.until(d -> nodeCount() > 3);
		search("Ningbo");
		found.addAll(axe("search hits over the graph"));
		// A source open in the drawer.
		var link = this.wait
			.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#entity li.source.primary .document-link")));
		scrollIntoView(link);
		link.click();
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("document")));
		found.addAll(axe("the document drawer"));
		// The other language.
		open("/?lang=zh&id=city-ningbo");
		this.wait.until(d -> nodeCount() > 1);
		found.addAll(axe("the Chinese interface"));
		open("/embed?id=city-hangzhou&lang=en");
		this.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("body[data-ready='true']")));
		found.addAll(axe("the embed view"));
		assertThat(found).as("serious or critical accessibility violations").isEmpty();
	}

	@Test
	void aSkipLinkLeadsTheKeyboardStraightToTheGraph() {
		openEntity("city-ningbo");
		script("document.activeElement?.blur(); window.scrollTo(0, 0)");
		new Actions(this.browser).sendKeys(Keys.TAB).perform();
		var skip = this.browser.switchTo().activeElement();
		assertThat(skip.getDomAttribute("href")).isEqualTo("#graph");
		assertThat(skip.isDisplayed()).as("the skip link shows once focused").isTrue();
		skip.sendKeys(Keys.ENTER);
		this.wait.until(d -> "graph".equals(d.switchTo().activeElement().getDomAttribute("id")));
		assertThat(this.browser.getCurrentUrl()).doesNotContain("#graph");
		// From there, the arrows choose a node.
		this.browser.switchTo().activeElement().sendKeys(Keys.ARROW_RIGHT);
		assertThat(script("return window.innograph.graph.cy.nodes(':selected').length")).isEqualTo(1L);
	}

	@Test
	void theDrawerKeepsTheFocusAndEscapeClosesItWithoutWipingTheSearch() {
		open("/?lang=en&id=city-hangzhou");
		this.wait.until(ExpectedConditions.textToBe(By.id("entity-name"), "Hangzhou"));
		// Escape in the search closes its hits and keeps what was typed.
		var input = this.browser.findElement(By.id("search"));
		search("Ningbo");
		input.sendKeys(Keys.ESCAPE);
		this.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("search-hits")));
		assertThat(input.getDomProperty("value")).isEqualTo("Ningbo");

		var link = this.browser.findElement(By.cssSelector("#entity li.source.primary .document-link"));
		scrollIntoView(link);
		link.click();
		var drawer = this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("document")));
		assertThat(drawer.getDomAttribute("aria-labelledby")).isEqualTo("document-title");
		// Tab and Shift+Tab go round the drawer's controls and never leave it.
		for (var keys : List.of(Keys.TAB, Keys.chord(Keys.SHIFT, Keys.TAB))) {
			for (var i = 0; i < 6; i++) {
				new Actions(this.browser).sendKeys(keys).perform();
				assertThat(script("return document.getElementById('document').contains(document.activeElement)"))
					.as("the focus after %s × %d", keys, i + 1)
					.isEqualTo(true);
			}
		}
		new Actions(this.browser).sendKeys(Keys.ESCAPE).perform();
		this.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("document")));
		assertThat(this.browser.getCurrentUrl()).doesNotContain("doc=");
		assertThat(input.getDomProperty("value")).isEqualTo("Ningbo");
		// The focus goes back to the link that opened the drawer.
		assertThat(this.browser.switchTo().activeElement()).isEqualTo(link);
	}

	@Test
	void saysWhenTheServerCappedTheNeighbourhood() {
		open("/?lang=en&id=prov-zhejiang&depth=2&limit=5");
		this.wait.until(ExpectedConditions.attributeToBe(By.id("graph-status"), "data-truncated", "true"));
		assertThat(this.browser.findElement(By.id("graph-status")).getText()).contains("capped the neighbourhood at 5");
		assertThat(nodeCount()).isEqualTo(6);
	}

	@Test
	@SuppressWarnings("unchecked")
	void onAPhoneTheGraphIsInSightAfterASearchAndMenusStayOnScreen() {
		// A phone's screen, 390 × 844 CSS pixels of page, as a phone shows it.
		this.browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));
		try {
			onAPhone();
		}
		finally {
			this.browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
		}
	}

	@SuppressWarnings("unchecked")
	void onAPhone() {
		open("/?lang=en");
		var viewport = (Map<String, Number>) script(
				"return { width: document.documentElement.clientWidth, height: window.innerHeight }");
		assertThat(viewport).containsEntry("width", 390L).containsEntry("height", 844L);
		search("Ningbo");
		assertThat(onScreen(By.id("search-hits"), viewport)).as("the search hits").isTrue();
		hitFor("city-ningbo").click();
		this.wait.until(ExpectedConditions.textToBe(By.id("entity-name"), "Ningbo"));
		this.wait.until(d -> nodeCount() > 1);
		// Without scrolling, the graph's top is on screen, with room to see it below.
		var graph = (Map<String, Number>) script(
				"const r = document.getElementById('graph').getBoundingClientRect(); return { top: r.top, scroll: window.scrollY }");
		System.out.printf("Phone: the graph's top at %.0f px of %d, page scrolled %.0f px%n",
				graph.get("top").doubleValue(), viewport.get("height").intValue(), graph.get("scroll").doubleValue());
		assertThat(graph.get("top").doubleValue()).isBetween(0.0, viewport.get("height").doubleValue() - 150);
		screenshot("19-phone-graph-in-sight");
		// Each toolbar menu, open, lies inside the screen, also with the page scrolled.
		for (var scroll : List.of(0, 400)) {
			script("window.scrollTo(0, arguments[0])", scroll);
			for (var menu : List.of("kinds-menu", "path-menu", "export-menu")) {
				var details = this.browser.findElement(By.id(menu));
				script("arguments[0].open = true", details);
				assertThat(onScreen(By.cssSelector("#" + menu + " > :not(summary)"), viewport))
					.as("%s at scroll %d", menu, scroll)
					.isTrue();
				screenshot("19-phone-" + menu);
				script("arguments[0].open = false", details);
			}
		}
	}

	/** The element's box lies wholly inside the viewport. */
	@SuppressWarnings("unchecked")
	boolean onScreen(By locator, Map<String, Number> viewport) {
		var box = (Map<String, Number>) script("""
				const r = arguments[0].getBoundingClientRect();
				return { left: r.left, top: r.top, right: r.right, bottom: r.bottom, width: r.width }""",
				this.browser.findElement(locator));
		System.out.printf("Phone: %s at %s%n", locator, box);
		return box.get("width").doubleValue() > 0 && box.get("left").doubleValue() >= 0
				&& box.get("top").doubleValue() >= 0
				&& box.get("right").doubleValue() <= viewport.get("width").doubleValue()
				&& box.get("bottom").doubleValue() <= viewport.get("height").doubleValue();
	}

	@Test
	void fitsAPhoneSizedScreen() {
		this.browser.manage().window().setSize(new Dimension(390, 844));
		openEntity("city-ningbo");
		var overflow = (Boolean) script("return document.documentElement.scrollWidth > window.innerWidth + 1");
		assertThat(overflow).as("the page scrolls sideways on a phone").isFalse();
		assertThat(this.browser.findElement(By.id("graph")).getSize().getHeight()).isGreaterThan(200);
		screenshot("09-phone");
	}

	// ---- helpers
	// ---------------------------------------------------------------------------

	String decodedUrl() {
		return java.net.URLDecoder.decode(this.browser.getCurrentUrl(), StandardCharsets.UTF_8);
	}

	/**
	 * The open entity follows the change feed: facts about it that an ingestion writes
	 * appear in the panel without a reload.
	 */
	@Test
	@SuppressWarnings("unchecked")
	void anOpenEntityShowsFactsIngestedWhileItIsOpen() throws IOException {
		var text = Files.readString(Path.of("src/test/resources/ingest/articles/simplified-clean.txt"));
		var editor = GraphQlHttp.client(this.port).mutate().header("Authorization", "Bearer test-editor-key").build();
		var ingest = """
				mutation($input: IngestDocumentInput!) {
				  ingestDocument(input: $input) {
				    documentId errors { message } proposal { entities { id existing } facts { subject } }
				  }
				}""";
		var dry = editor.document(ingest).variable("input", Map.of("text", text, "dryRun", true)).executeSync();
		var existing = dry.field("ingestDocument.proposal.entities")
			.toEntityList(Map.class)
			.stream()
			.filter(e -> Boolean.TRUE.equals(e.get("existing")))
			.map(e -> (String) e.get("id"))
			.toList();
		var subject = dry.field("ingestDocument.proposal.facts")
			.toEntityList(Map.class)
			.stream()
			.map(f -> (String) f.get("subject"))
			.filter(existing::contains)
			.findFirst()
			.orElseThrow();
		openEntity(subject);
		try {
			var loaded = editor.document(ingest).variable("input", Map.of("text", text)).executeSync();
			assertThat(loaded.field("ingestDocument.errors").toEntityList(Map.class)).isEmpty();
			var documentId = loaded.field("ingestDocument.documentId").toEntity(String.class);
			var facts = this.store.read("""
					MATCH (f:Fact {loadedBy: $by})-[:ABOUT]->(:Entity {id: $subject})
					RETURN f.id AS id""", Map.of("by", "document:" + documentId, "subject", subject),
					r -> r.get("id").asString());
			assertThat(facts).isNotEmpty();
			var shown = By.cssSelector("#entity li.fact[data-fact='%s']".formatted(facts.getFirst()));
			new WebDriverWait(this.browser, Duration.ofSeconds(5))
				.until(ExpectedConditions.presenceOfElementLocated(shown));
			screenshot("12-live-update");
		}
		finally {
			IngestedData.remove(this.store);
		}
	}

	/** The named values of a grouping's first key, in its order. */
	static List<String> named(JsonNode groups) {
		return groups.valueStream()
			.map(g -> g.at("/keys/0"))
			.filter(k -> !k.get("value").isNull())
			.map(k -> k.get("displayName").asString())
			.toList();
	}

	JsonNode graphql(String query) throws Exception {
		var body = JSON.writeValueAsString(Map.of("query", query));
		var request = java.net.http.HttpRequest
			.newBuilder(java.net.URI.create("http://127.0.0.1:" + this.port + "/graphql"))
			.header("Content-Type", "application/json")
			.POST(java.net.http.HttpRequest.BodyPublishers.ofString(body))
			.build();
		try (var http = java.net.http.HttpClient.newHttpClient()) {
			var answer = JSON.readTree(http.send(request, java.net.http.HttpResponse.BodyHandlers.ofString()).body());
			assertThat(answer.get("errors")).as("errors").isNull();
			return answer.get("data");
		}
	}

	void open(String path) {
		this.browser.get("http://127.0.0.1:" + this.port + path);
	}

	/** The entity, in the Chinese interface unless a test switches. */
	void openEntity(String id) {
		open("/?lang=zh&id=" + id);
		this.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("entity-name")));
		this.wait.until(d -> nodeCount() > 0);
	}

	List<WebElement> search(String text) {
		return search(text, true);
	}

	List<WebElement> search(String text, boolean expectHits) {
		var input = this.browser.findElement(By.id("search"));
		input.clear();
		input.sendKeys(text);
		if (!expectHits) {
			return List.of();
		}
		// The hits of this text, not of a prefix typed before it: each answer replaces
		// the list.
		var hits = By.cssSelector("#search-hits[data-query='%s'] .hit".formatted(text.strip()));
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(hits));
		return this.browser.findElements(hits);
	}

	WebElement hitFor(String id) {
		return this.browser.findElement(By.cssSelector("#search-hits .hit[data-id='" + id + "']"));
	}

	WebElement activeHit() {
		return this.browser.findElement(By.cssSelector("#search-hits .hit[aria-selected='true']"));
	}

	void pick(String inputId, String text, String entityId) {
		var input = this.browser.findElement(By.id(inputId));
		input.sendKeys(text);
		var hit = this.wait.until(ExpectedConditions.visibilityOfElementLocated(
				By.xpath("//input[@id='" + inputId + "']/following-sibling::ul/li[@data-id='" + entityId + "']")));
		hit.click();
		this.wait.until(d -> entityId.equals(input.getDomAttribute("data-entity-id")));
	}

	int nodeCount() {
		return ((Number) script(
				"return window.innograph?.graph ? window.innograph.graph.cy.nodes(':visible').length : 0"))
			.intValue();
	}

	@SuppressWarnings("unchecked")
	List<String> nodeIds() {
		return (List<String>) script("return window.innograph.graph.cy.nodes().map(n => n.id())");
	}

	@SuppressWarnings("unchecked")
	List<String> visibleNodeKinds() {
		return (List<String>) script("return window.innograph.graph.cy.nodes(':visible').map(n => n.data('kind'))");
	}

	/** A real mouse click where Cytoscape drew the node. */
	void clickNode(String id) {
		pointAtNode(id).click().perform();
	}

	/** The mouse moved to where Cytoscape drew the node. */
	Actions pointAtNode(String id) {
		var graph = this.browser.findElement(By.id("graph"));
		@SuppressWarnings("unchecked")
		var at = (Map<String, Number>) script(
				"return window.innograph.graph.cy.getElementById(arguments[0]).renderedPosition()", id);
		var size = graph.getSize();
		return new Actions(this.browser).moveToElement(graph, at.get("x").intValue() - size.getWidth() / 2,
				at.get("y").intValue() - size.getHeight() / 2);
	}

	/** Each node's place in the drawing (x, y) and on screen (rx, ry). */
	@SuppressWarnings("unchecked")
	Map<String, Map<String, Number>> positions() {
		return (Map<String, Map<String, Number>>) script("""
				const out = {};
				window.innograph.graph.cy.nodes().forEach(n => {
					out[n.id()] = { ...n.position(), rx: n.renderedPosition().x, ry: n.renderedPosition().y };
				});
				return out;""");
	}

	void hoverNode(String id) {
		pointAtNode(id).perform();
	}

	void hoverFirstEdge() {
		var graph = this.browser.findElement(By.id("graph"));
		@SuppressWarnings("unchecked")
		var at = (Map<String, Number>) script(
				"return window.innograph.graph.cy.edges(':visible')[0].renderedMidpoint()");
		var size = graph.getSize();
		new Actions(this.browser)
			.moveToElement(graph, at.get("x").intValue() - size.getWidth() / 2,
					at.get("y").intValue() - size.getHeight() / 2)
			.perform();
	}

	Path export(String format, String suffix) throws Exception {
		var menu = this.browser.findElement(By.id("export-menu"));
		if (menu.getDomAttribute("open") == null) {
			menu.findElement(By.tagName("summary")).click();
		}
		try (var before = Files.list(this.downloads)) {
			before.filter(p -> p.toString().endsWith(suffix)).forEach(p -> p.toFile().delete());
		}
		this.browser.findElement(By.cssSelector("[data-export='" + format + "']")).click();
		var found = new Path[1];
		this.wait.until(d -> {
			try (var files = Files.list(this.downloads)) {
				found[0] = files.filter(p -> p.toString().endsWith(suffix)).findFirst().orElse(null);
				return found[0] != null && found[0].toFile().length() > 0;
			}
			catch (IOException ex) {
				return false;
			}
		});
		return found[0];
	}

	/** RFC 4180 with no comment lines allowed: the first record is the header. */
	static List<CSVRecord> strictCsv(String text) throws IOException {
		return CSVFormat.RFC4180.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.get()
			.parse(new StringReader(text))
			.getRecords();
	}

	/**
	 * How Python's csv module reads the table with its defaults (pandas too, where
	 * installed): every row as wide as the header. Where no Python is installed, the
	 * expected answer, so that the check is skipped.
	 */
	static String pythonCsvReader(String text) throws Exception {
		var records = strictCsv(text);
		var expected = "rows=%d columns=%d".formatted(records.size(), records.getFirst().size());
		var python = Stream.of("/usr/bin/python3", "/usr/local/bin/python3")
			.map(Path::of)
			.filter(Files::isExecutable)
			.findFirst();
		if (python.isEmpty()) {
			return expected;
		}
		var file = Files.createTempFile("facts", ".csv");
		Files.write(file, ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8));
		var process = new ProcessBuilder(python.get().toString(), "-c", """
				import csv, sys
				with open(sys.argv[1], encoding='utf-8-sig', newline='') as f:
				    rows = list(csv.DictReader(f))
				header = list(rows[0].keys())
				assert all(None not in row and len(row) == len(header) for row in rows), 'ragged rows'
				try:
				    import pandas
				    frame = pandas.read_csv(sys.argv[1])
				    assert list(frame.columns) == header and len(frame) == len(rows), 'pandas reads it otherwise'
				except ImportError:
				    pass
				print(f'rows={len(rows)} columns={len(header)}')
				""", file.toString()).redirectErrorStream(true).start();
		var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
		process.waitFor();
		return output;
	}

	/**
	 * Runs axe-core in the page as it stands; prints every violation, returns the serious
	 * and critical ones, each with where it is.
	 */
	@SuppressWarnings("unchecked")
	List<String> axe(String state) {
		if (Boolean.FALSE.equals(script("return typeof window.axe === 'object'"))) {
			var path = new org.webjars.WebJarVersionLocator().fullPath("axe-core", "axe.min.js");
			assertThat(path).as("axe-core on the test classpath").isNotNull();
			try (var in = getClass().getClassLoader().getResourceAsStream(path)) {
				script(new String(in.readAllBytes(), StandardCharsets.UTF_8));
			}
			catch (IOException ex) {
				throw new IllegalStateException(ex);
			}
		}
		this.browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
		var violations = (List<Map<String, Object>>) ((JavascriptExecutor) this.browser).executeAsyncScript(
				"""
						const done = arguments[arguments.length - 1];
						axe.run(document, { resultTypes: ['violations'] })
							.then(result => done(result.violations.map(v => ({ id: v.id, impact: v.impact, help: v.help,
								nodes: v.nodes.map(n => n.target.join(' ') + ': ' + (n.failureSummary || '').replace(/\\s+/g, ' ')) }))))
							.catch(error => done([{ id: 'axe-error', impact: 'critical', help: String(error), nodes: [] }]));""");
		var serious = new java.util.ArrayList<String>();
		violations.forEach(v -> {
			var line = "%s [%s] %s: %s — %s".formatted(state, v.get("impact"), v.get("id"), v.get("help"),
					v.get("nodes"));
			System.out.println("axe: " + line);
			if ("serious".equals(v.get("impact")) || "critical".equals(v.get("impact"))) {
				serious.add(line);
			}
		});
		System.out.printf("axe: %s: %d violation(s), %d serious or critical%n", state, violations.size(),
				serious.size());
		return serious;
	}

	void scrollIntoView(WebElement element) {
		script("arguments[0].scrollIntoView({block: 'center'})", element);
	}

	Object script(String script, Object... arguments) {
		return ((JavascriptExecutor) this.browser).executeScript(script, arguments);
	}

	void screenshot(String name) {
		try {
			var shot = this.browser.getScreenshotAs(OutputType.FILE);
			Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"),
					java.nio.file.StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot write the screenshot " + name, ex);
		}
	}

}
