package org.innograph;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The packages depend on each other one way only, so that each can be read, tested and
 * changed from the bottom up: no two feature packages depend on each other, directly or
 * through others, and nothing depends on the application's own package, whose
 * {@code main()} hands a command to {@code cli} or starts the service.
 */
class ArchitectureTests {

	private static final JavaClasses MAIN_CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.innograph");

	@Test
	void packagesAreFreeOfCycles() {
		slices().matching("org.innograph.(*)..").should().beFreeOfCycles().check(MAIN_CLASSES);
	}

	@Test
	void nothingDependsOnTheApplicationPackage() {
		noClasses().that()
			.resideOutsideOfPackage("org.innograph")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("org.innograph")
			.check(MAIN_CLASSES);
	}

}
