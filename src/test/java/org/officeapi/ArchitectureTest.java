package org.officeapi;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.officeapi.emulator.core.AwsClock;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The layering of docs/DESIGN.md, kept by test. Each rule says why it exists. */
class ArchitectureTest {

    private static final String EMULATOR = "org.officeapi.emulator..";
    /** Code both the suite and the embedded AWS may use: today the SRP arithmetic. */
    private static final String SHARED_SRP = "org.officeapi.srp..";
    private static final String[] SERVICES = {
            "org.officeapi.emulator.cognitoidp..", "org.officeapi.emulator.cognitoidentity..", "org.officeapi.emulator.iam..",
            "org.officeapi.emulator.sts..", "org.officeapi.emulator.lambda..", "org.officeapi.emulator.apigateway.."};
    private static final String[] SUITE = {
            "org.officeapi.target..", "org.officeapi.stack..", "org.officeapi.signin..", "org.officeapi.calls..", "org.officeapi.steps.."};

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.officeapi");
    }

    @Test
    void theEmbeddedAwsStandsAlone() {
        noClasses().that().resideInAPackage(EMULATOR).should().dependOnClassesThat().resideInAnyPackage(SUITE)
                .because("the embedded AWS ships on its own as target/embedded-aws.jar and must behave the same for any client")
                .check(classes);
    }

    @Test
    void theSuiteTreatsTheEmbeddedAwsAsABlackBox() {
        DescribedPredicate<JavaClass> emulatorInternals = JavaClass.Predicates.resideInAPackage(EMULATOR)
                .and(not(JavaClass.Predicates.resideInAPackage("org.officeapi.emulator")))
                .and(not(JavaClass.Predicates.equivalentTo(AwsClock.class)))
                .as("the embedded AWS's internals (anything but EmbeddedAws, its config and its clock)");
        noClasses().that().resideInAnyPackage(SUITE).should().dependOnClassesThat(emulatorInternals)
                .because("the suite must pass against real AWS too; talking to the emulator other than through its"
                        + " endpoint (EmbeddedAws and its clock) would prove nothing about AWS")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void theSharedSrpArithmeticDependsOnNothingOfOurs() {
        classes().that().resideInAPackage(SHARED_SRP).should().onlyDependOnClassesThat()
                .resideInAnyPackage(SHARED_SRP, "java..", "javax.crypto..")
                .because("Cognito's SRP math (group, padHex, hashes, key, claim signature, TIMESTAMP) is the same"
                        + " on the suite's client and the embedded user pools, so both use this one copy; the suite"
                        + " may depend on it without seeing the emulator, and the emulator without seeing the suite,"
                        + " only as long as it depends on neither")
                .check(classes);
    }

    @Test
    void coreKnowsNoServiceNorProtocol() {
        noClasses().that().resideInAPackage("org.officeapi.emulator.core..").should().dependOnClassesThat()
                .resideInAnyPackage(concat(SERVICES, "org.officeapi.emulator.protocol..", "org.officeapi.emulator.auth.."))
                .because("core is the shared ground (clock, ids, HTTP, routing) every other package builds on")
                .check(classes);
    }

    @Test
    void protocolsKnowNoService() {
        noClasses().that().resideInAPackage("org.officeapi.emulator.protocol..").should().dependOnClassesThat()
                .resideInAnyPackage(SERVICES)
                .because("a codec serves any service of its protocol; service knowledge in it would leak between services")
                .check(classes);
    }

    @Test
    void authKnowsNoServiceNorProtocol() {
        noClasses().that().resideInAPackage("org.officeapi.emulator.auth..").should().dependOnClassesThat()
                .resideInAnyPackage(concat(SERVICES, "org.officeapi.emulator.protocol.."))
                .because("SigV4 and policy evaluation live once and are used by every service and by execute-api alike")
                .check(classes);
    }

    @Test
    void servicesTalkOnlyThroughPorts() {
        slices().matching("org.officeapi.emulator.(cognitoidp|cognitoidentity|iam|sts|lambda|apigateway)..")
                .should().notDependOnEachOther()
                .because("services talk through the small interfaces in emulator.ports, never through each other's stores,"
                        + " so that each can change on its own and AWS's service boundaries stay visible")
                .check(classes);
    }

    @Test
    void servicesAndStoresNeverSeeTheWire() {
        noClasses().that().resideInAnyPackage(SERVICES).and().haveSimpleNameEndingWith("Service")
                .or().haveSimpleNameEndingWith("Store")
                .should().dependOnClassesThat().resideInAnyPackage("io.undertow..", "com.fasterxml.jackson..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.officeapi.emulator.core.HttpRequest")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.officeapi.emulator.core.HttpResponse")
                .because("wire formats belong to the protocol layer; a service takes and returns shapes, so that one"
                        + " operation behaves the same whatever protocol carried it")
                .check(classes);
    }

    @Test
    void theApiLambdaDependsOnlyOnTheLambdaRuntimeLibraries() {
        classes().that().resideInAPackage("org.officeapi.lambda..").should().onlyDependOnClassesThat()
                .resideInAnyPackage("org.officeapi.lambda..", "java..", "com.amazonaws.services.lambda..")
                .because("target/office-api-lambda.zip must deploy unchanged to real AWS with only what it packs")
                .allowEmptyShould(true)
                .check(classes);
    }

    private static String[] concat(String[] first, String... more) {
        String[] out = new String[first.length + more.length];
        System.arraycopy(first, 0, out, 0, first.length);
        System.arraycopy(more, 0, out, first.length, more.length);
        return out;
    }
}
