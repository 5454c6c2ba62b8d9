package org.agreementtracker.openapi;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.agreementtracker.idempotency.IdempotencyFilter;
import org.agreementtracker.write.ETags;
import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * Writes the API's conventions into every operation of the document, so that it describes what the tracker answers:
 * the problem responses (401, 403; 404 where the path names something; 412 where {@code If-Match} is taken; and
 * for writes 400, 409, 413, 415, 422), the {@code Idempotency-Key} header of POSTs, and JSON (not
 * {@code *}{@code /*}) as the type of successful answers.
 */
final class ProblemResponsesCustomizer implements OpenApiCustomizer {

    static final String PROBLEM = "Problem";
    private static final String PROBLEM_JSON = org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE;
    private static final String JSON = org.springframework.http.MediaType.APPLICATION_JSON_VALUE;

    @Override
    public void customise(OpenAPI api) {
        api.getComponents().addSchemas(PROBLEM, problemSchema());
        if (api.getPaths() == null) {
            return;
        }
        api.getPaths().forEach((path, item) -> {
            if (!path.startsWith("/api/")) {
                return;
            }
            item.readOperationsMap().forEach((method, operation) -> customise(path, method, operation));
        });
    }

    private static void customise(String path, PathItem.HttpMethod method, Operation operation) {
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        operation.setResponses(responses);
        responses.forEach((status, response) -> jsonInsteadOfAnything(response));
        problem(responses, "401", "No or invalid credentials");
        problem(responses, "403", "The user's role, side or body does not allow this");
        if (path.contains("{")) {
            problem(responses, "404", "Nothing has the id in the path");
        }
        if (operation.getParameters() != null && operation.getParameters().stream().anyMatch(
                parameter -> "header".equals(parameter.getIn()) && ETags.IF_MATCH.equals(parameter.getName()))) {
            problem(responses, "412", "If-Match names another version than the current one");
        }
        if (operation.getRequestBody() != null || method == PathItem.HttpMethod.POST) {
            problem(responses, "400", "Malformed or invalid input; errors lists each field");
            problem(responses, "409", "Refused by a business rule, or a concurrent change won");
            problem(responses, "413", "The body is larger than the limit");
            problem(responses, "415", "The body is not JSON");
        }
        if (method == PathItem.HttpMethod.POST) {
            problem(responses, "422", "The Idempotency-Key was used for a different request");
            operation.addParametersItem(new HeaderParameter()
                                                .name(IdempotencyFilter.HEADER)
                                                .required(false)
                                                .description("Makes the POST safe to repeat: the same key with the "
                                                                     + "same body returns the first answer again and "
                                                                     + "records nothing new")
                                                .schema(new StringSchema().maxLength(255)));
        }
    }

    private static void jsonInsteadOfAnything(ApiResponse response) {
        Content content = response.getContent();
        if (content != null && content.containsKey("*/*") && !content.containsKey(JSON)) {
            content.addMediaType(JSON, content.remove("*/*"));
        }
    }

    private static void problem(ApiResponses responses, String status, String description) {
        if (!responses.containsKey(status)) {
            responses.addApiResponse(status, new ApiResponse()
                    .description(description)
                    .content(new Content().addMediaType(PROBLEM_JSON, new MediaType().schema(
                            new Schema<>().$ref("#/components/schemas/" + PROBLEM)))));
        }
    }

    private static Schema<?> problemSchema() {
        ObjectSchema fieldProblem = new ObjectSchema();
        fieldProblem.addProperty("field", new StringSchema().description(
                "JSON path, parameter or header; null for the whole input"));
        fieldProblem.addProperty("message", new StringSchema().description("what is wrong"));
        ObjectSchema problem = new ObjectSchema();
        problem.description("RFC 9457 problem details");
        problem.addProperty("type", new StringSchema().format("uri").description(
                "about:blank, or urn:agreement-tracker:problem:<name>"));
        problem.addProperty("title", new StringSchema());
        problem.addProperty("status", new IntegerSchema());
        problem.addProperty("detail", new StringSchema());
        problem.addProperty("instance", new StringSchema().format("uri-reference"));
        problem.addProperty("errors", new ArraySchema().items(fieldProblem).description("for invalid input"));
        return problem;
    }
}
