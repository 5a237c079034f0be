package org.safecase;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.safecase.apiclient.ApiClient;
import org.safecase.apiclient.ApiException;
import org.safecase.apiclient.api.ApiTokensApi;
import org.safecase.apiclient.api.CasesApi;
import org.safecase.apiclient.api.InboxApi;
import org.safecase.apiclient.api.ReportingApi;
import org.safecase.apiclient.model.CaseStatus;
import org.safecase.apiclient.model.CaseView;
import org.safecase.apiclient.model.ErrorBody;
import org.safecase.apiclient.model.FormField;
import org.safecase.apiclient.model.IssuedToken;
import org.safecase.apiclient.model.Kind;
import org.safecase.apiclient.model.ReportReceipt;
import org.safecase.apiclient.model.ReportRequest;
import org.safecase.apiclient.model.TaskSummary;
import org.safecase.apiclient.model.TokenRequest;
import org.safecase.testing.ServerAddress;
import org.safecase.testing.SharedServer;
import org.safecase.testing.Api;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Issue #12 item 7, "an API description clients can use": the description the server serves at
 * {@code /openapi} is the committed {@code docs/openapi.yaml}; that file passes Redocly's recommended
 * rules; every error answer is an {@code ErrorBody}; and a client generated from the file
 * (openapi-generator, Java 11 HttpClient, see the pom) walks report -> triage -> case, the reporter
 * with an API token.
 * <p>
 * To refresh the file after changing the API, run this test with {@code -Dsafecase.openapi.write=true}:
 * it writes the served description to {@code docs/openapi.yaml} (then compares, and passes).
 */
@ExtendWith(SharedServer.class)
class ApiDescriptionIT {
    private static final Path COMMITTED = Path.of("docs/openapi.yaml");
    private static final Path LINTER = Path.of("src/test/openapi/node_modules/.bin/redocly");
    private static final Path LINT_RULES = Path.of("src/test/openapi/redocly.yaml");
    /**
     * Payara 6 adds a top-level {@code endpoints} listing (the paths again, per context root), which
     * OpenAPI 3.0 does not allow; Payara 7 renames it {@code x-endpoints} (Payara PR 7891). It is the
     * one part of the served description the committed file leaves out.
     */
    private static final String PAYARA_ENDPOINTS = "endpoints";
    private static final Pattern LINT_PROBLEM = Pattern.compile("^\\s*\\d+:\\d+\\s+(error|warning)\\s+(\\S+)",
            Pattern.MULTILINE);
    /** The one warning left: the project has not chosen a licence to name in the description. */
    private static final List<String> ACCEPTED_WARNINGS = List.of("info-license");


    @ServerAddress
    URL base;

    private String served() {
        String root = base.getProtocol() + "://" + base.getHost() + ":" + base.getPort();
        Api.Reply reply = Api.anonymous(base).getAbsolute(root + "/openapi");
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.body();
    }

    /** The served YAML without Payara's {@code endpoints} block, as the committed file keeps it. */
    private static String withoutPayaraEndpoints(String yaml) {
        StringBuilder kept = new StringBuilder();
        boolean skipping = false;
        for (String line : yaml.split("\n", -1)) {
            if (line.startsWith(PAYARA_ENDPOINTS + ":")) {
                skipping = true;
                continue;
            }
            if (skipping && !line.isEmpty() && !line.startsWith(" ") && !line.startsWith("-")) {
                skipping = false;
            }
            if (!skipping) {
                kept.append(line).append('\n');
            }
        }
        return kept.toString().replaceAll("\n+$", "\n");
    }

    @Test
    @DisplayName("item 7: the served /openapi is the committed docs/openapi.yaml")
    void item7_theServedDescriptionIsTheCommittedFile() throws IOException {
        String served = served();
        if (Boolean.getBoolean("safecase.openapi.write")) {
            Files.writeString(COMMITTED, withoutPayaraEndpoints(served), StandardCharsets.UTF_8);
        }
        YAMLMapper yaml = new YAMLMapper();
        ObjectNode servedTree = (ObjectNode) yaml.readTree(served);
        assertThat(servedTree.has(PAYARA_ENDPOINTS)).as("Payara 6 still adds its endpoints listing").isTrue();
        servedTree.remove(PAYARA_ENDPOINTS);
        // Compared as parsed trees, not bytes: object keys may come in another order from one start to
        // the next (Payara collects the resources by scanning); lists keep their order and must match.
        JsonNode committed = yaml.readTree(COMMITTED.toFile());
        assertThat(committed)
                .as("docs/openapi.yaml differs from the served /openapi: run ApiDescriptionIT with "
                        + "-Dsafecase.openapi.write=true and review the change")
                .isEqualTo(servedTree);
    }

    @Test
    @DisplayName("item 7: docs/openapi.yaml lints clean with Redocly CLI's recommended rules, none switched off")
    void item7_theCommittedFileLintsCleanOnRedoclysRecommendedRules() throws Exception {
        assertThat(LINTER).as("npm ci in src/test/openapi (the build runs it)").isExecutable();
        assertThat(Files.readString(LINT_RULES)).isEqualTo("extends:\n  - recommended\n");
        ProcessBuilder lint = new ProcessBuilder(LINTER.toString(), "lint", COMMITTED.toString(),
                "--config", LINT_RULES.toString(), "--format=stylish").redirectErrorStream(true);
        lint.environment().put("REDOCLY_TELEMETRY", "off");
        lint.environment().put("REDOCLY_SUPPRESS_UPDATE_NOTICE", "true");
        lint.environment().put("NO_COLOR", "1");
        Process process = lint.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("the linter finishes").isTrue();

        List<String> errors = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        Matcher problem = LINT_PROBLEM.matcher(output);
        while (problem.find()) {
            (problem.group(1).equals("error") ? errors : warnings).add(problem.group(2));
        }
        assertThat(process.exitValue()).as(output).isZero();
        assertThat(errors).as(output).isEmpty();
        assertThat(warnings).as(output).allMatch(ACCEPTED_WARNINGS::contains);
    }

    @Test
    @DisplayName("item 7: both security schemes and every answer are described; every error answer is an ErrorBody")
    void item7_everyAnswerAndEveryErrorBodyIsDescribed() throws IOException {
        JsonNode description = new YAMLMapper().readTree(COMMITTED.toFile());
        JsonNode schemes = description.at("/components/securitySchemes");
        assertThat(schemes.at("/token/scheme").asText()).isEqualTo("bearer");
        assertThat(schemes.at("/token/bearerFormat").asText()).contains("sc_").contains("POST /api/tokens");
        assertThat(schemes.at("/basic/scheme").asText()).isEqualTo("basic");

        assertThat(names(description.at("/components/schemas/ErrorBody/properties")))
                .as("ErrorBody as described = the record").containsExactlyElementsOf(components(
                        org.safecase.platform.ErrorBody.class));
        assertThat(names(description.at("/components/schemas/ErrorBodyField/properties")))
                .containsExactlyElementsOf(components(org.safecase.platform.ErrorBody.Field.class));

        Map<String, String> problems = new LinkedHashMap<>();
        description.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            String where = op.getKey().toUpperCase() + " " + path.getKey();
            JsonNode responses = op.getValue().get("responses");
            List<String> codes = names(responses);
            if (codes.stream().noneMatch(code -> code.startsWith("2"))) {
                problems.put(where, "no 2xx answer");
            }
            if (!codes.containsAll(List.of("401", "429"))) {
                problems.put(where, "401 or 429 missing");
            }
            responses.fields().forEachRemaining(answer -> {
                JsonNode response = resolved(description, answer.getValue());
                if (response.path("description").asText().isBlank()) {
                    problems.put(where + " " + answer.getKey(), "no description");
                }
                if (answer.getKey().matches("[45]\\d\\d") && !response.at("/content/application~1json/schema/$ref")
                        .asText().equals("#/components/schemas/ErrorBody")) {
                    problems.put(where + " " + answer.getKey(), "error answer without ErrorBody");
                }
            });
        }));
        assertThat(problems).isEmpty();
    }

    private static JsonNode resolved(JsonNode description, JsonNode response) {
        String ref = response.path("$ref").asText();
        return ref.isEmpty() ? response : description.at(ref.substring(1));
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<String> components(Class<?> record) {
        return Arrays.stream(record.getRecordComponents()).map(java.lang.reflect.RecordComponent::getName).toList();
    }

    private ApiClient client(String authorization) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(base.toString().replaceAll("/$", ""));
        return client.setRequestInterceptor(request -> request.header("Authorization", authorization));
    }

    private static String basic(String username) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + Api.PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
    }

    @Test
    @DisplayName("item 7: a client generated from docs/openapi.yaml walks report -> triage -> case, the reporter with a token")
    void item7_aGeneratedClientWalksReportTriageCase() throws Exception {
        IssuedToken token = new ApiTokensApi(client(basic("staff.riverside")))
                .createApiToken(new TokenRequest().name("item 7 journey").expiresInDays(1));
        assertThat(token.getToken()).startsWith("sc_");
        ApiClient staff = client("Bearer " + token.getToken());

        ReportReceipt receipt = new ReportingApi(staff).reportIncident(null, new ReportRequest()
                .category("CYBERBULLYING").description("Messages about a teacher in a class chat")
                .occurredAt(LocalDateTime.now().minusHours(2).withNano(0).toString()).platform("ChatApp"));
        String reference = receipt.getReference();
        assertThat(reference).startsWith("SC-");

        ApiClient lead = client(basic("lead.riverside"));
        InboxApi inbox = new InboxApi(lead);
        TaskSummary triage = inbox.listTasks(null, "100", reference, null, null, null, null, null, null).getTasks()
                .stream().filter(task -> "triageByLead".equals(task.getTaskKey())).findFirst().orElseThrow();
        assertThat(inbox.claimTask(triage.getId()).getAssignee()).isNotBlank();
        Map<String, Kind> kinds = inbox.getTaskForm(triage.getId()).getFields().stream()
                .collect(Collectors.toMap(FormField::getId, FormField::getKind));
        assertThat(kinds).containsKeys("severity", "mayBeCriminal", "perpetrator", "removalNeeded", "posterKnown",
                "maliciousClaimByPupil");
        Map<String, Object> answers = Map.of("severity", "LOW", "mayBeCriminal", false, "perpetrator", "UNKNOWN",
                "removalNeeded", false, "posterKnown", false, "maliciousClaimByPupil", false);
        inbox.completeTask(triage.getId(), answers);

        CaseView triaged = new CasesApi(lead).getCase(reference);
        assertThat(triaged.getReference()).isEqualTo(reference);
        assertThat(triaged.getStatus()).isEqualTo(CaseStatus.TRIAGED);
        assertThat(new CasesApi(staff).getCase(reference).getStatus()).as("the reporter, with the token")
                .isEqualTo(CaseStatus.TRIAGED);

        ApiException refused = catchThrowableOfType(ApiException.class,
                () -> new CasesApi(client(basic("lead.hillview"))).getCase(reference));
        assertThat(refused.getCode()).isEqualTo(404);
        ErrorBody error = new ObjectMapper().readValue(refused.getResponseBody(), ErrorBody.class);
        assertThat(error.getStatus()).isEqualTo(404);
        assertThat(error.getMessage()).isNotBlank();
    }
}
