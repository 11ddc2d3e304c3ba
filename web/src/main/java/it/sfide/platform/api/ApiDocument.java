package it.sfide.platform.api;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.parameters.RequestBody;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.logging.Logger;

/**
 * Makes the OpenAPI document Payara derives from the resources complete and lint-clean, so that every resource
 * conforms without per-method boilerplate (registered as {@code mp.openapi.filter}; docs/api.md has the rules):
 * <ul>
 * <li>path templates without JAX-RS regular expressions; no Payara-specific {@code endpoints} property;</li>
 * <li>a unique operationId from the resource and method ({@code ProposalResource.attach}: {@code proposalAttach}),
 * a tag per area;</li>
 * <li>parameter, request and response schemas derived from the Java types as JSON-B writes them, with examples;
 * downloads as binary; {@code void} as 204;</li>
 * <li>the bearer token required, unless the resource method is {@link Open} (then optional); the
 * {@link ApiError} body for the 4xx answers the operation can give: 400, 401 and 403 when a login is needed, 404
 * when the path names an object, 409 and 422 for writes, 413 for uploads, 415 when it reads a body, and any further
 * one the method declares with {@code @APIResponse}.</li>
 * </ul>
 * What it cannot derive stays on the resource method: {@code @Operation(summary = ...)}, and
 * {@code @APIResponse} for a {@link Response} whose success code or body is not the default (200 with the JSON of
 * the return type).
 */
public class ApiDocument implements OASFilter {

    private static final Logger LOG = Logger.getLogger(ApiDocument.class.getName());
    static final String BEARER = "bearer";
    private static final Map<String, String> ERRORS = new TreeMap<>(Map.of(
            "400", "error.badRequest", "401", "error.unauthorized", "403", "error.forbidden",
            "404", "error.notFound", "409", "error.conflict", "413", "error.requestTooLarge",
            "415", "error.mediaType", "422", "error.validation", "429", "error.tooManyRequests"));
    private static final Map<String, String> ERROR_TEXTS = Map.of(
            "400", "The request is malformed: a parameter or the JSON body cannot be read.",
            "401", "No valid bearer token: sign in with POST /api/v1/tokens.",
            "403", "The caller's role or organisation may not do this.",
            "404", "The object does not exist or the caller may not see it.",
            "409", "The object is not in a state that allows this (a deadline passed, already done, ...).",
            "413", "The upload is larger than the stated limit.",
            "415", "The body is not in a format this operation reads.",
            "422", "Some fields are not valid: `fields` lists them.",
            "429", "Too many attempts: retry after the seconds in `Retry-After`.");
    private static final Map<String, String> AREAS = Map.ofEntries(
            Map.entry("audit", "The audit trail (platform admins)"),
            Map.entry("challenge", "Challenges: writing, publishing, clarifications, consultations, follows"),
            Map.entry("community", "Communities and their discussions"),
            Map.entry("contract", "Contracts, milestones, deliverables and payments"),
            Map.entry("dashboard", "The caller's dashboard"),
            Map.entry("document", "Issued documents, signatures, verification and trust anchors"),
            Map.entry("evaluation", "Committees, scoring, consensus, ranking, awards and appeals"),
            Map.entry("identity", "Accounts, tokens, organisations and registration"),
            Map.entry("proposal", "Proposals: drafting, files, consortia, submission, receipts and opening"),
            Map.entry("reuse", "The reuse catalogue"));

    private final ClassLoader loader;

    public ApiDocument() {
        this(ApiDocument.class.getClassLoader());
    }

    ApiDocument(ClassLoader loader) {
        this.loader = loader;
    }

    @Override
    public void filterOpenAPI(OpenAPI api) {
        Map<String, ApiEndpoints.Endpoint> endpoints = ApiEndpoints.byKey(loader);
        ApiSchemas schemas = new ApiSchemas();
        Schema error = schemas.of(ApiError.class);
        Set<String> ids = new HashSet<>();
        Set<String> areas = new java.util.TreeSet<>();
        Map<String, PathItem> items = new TreeMap<>();
        if (api.getPaths() != null && api.getPaths().getPathItems() != null) {
            for (var entry : api.getPaths().getPathItems().entrySet()) {
                String path = ApiEndpoints.template(entry.getKey());
                PathItem item = entry.getValue();
                for (var op : item.getOperations().entrySet()) {
                    ApiEndpoints.Endpoint endpoint = endpoints.get(op.getKey().name() + " " + path);
                    if (endpoint == null) {
                        LOG.warning(() -> "OpenAPI: no resource method for " + op.getKey() + " " + path);
                        continue;
                    }
                    areas.add(endpoint.area());
                    complete(op.getValue(), endpoint, schemas, error, ids);
                }
                PathItem merged = items.get(path);
                if (merged == null) {
                    items.put(path, item);
                } else {
                    item.getOperations().forEach(merged::setOperation);
                }
            }
            api.getPaths().setPathItems(items);
        }
        if (api.getComponents() == null) {
            api.setComponents(OASFactory.createComponents());
        }
        api.getComponents().setSchemas(new TreeMap<>(schemas.components()));
        for (String area : areas) {
            if (api.getTags() == null || api.getTags().stream().noneMatch(t -> t.getName().equals(area))) {
                api.addTag(OASFactory.createTag().name(area).description(AREAS.getOrDefault(area, area)));
            }
        }
        api.setServers(List.of(OASFactory.createServer().url("/")
                .description("The portal that serves this document")));
        if (api.getInfo() != null && api.getInfo().getLicense() == null) {
            api.getInfo().setLicense(OASFactory.createLicense().name("AGPL-3.0-or-later")
                    .url("https://www.gnu.org/licenses/agpl-3.0.html"));
        }
        dropEndpoints(api);
    }

    private void complete(Operation op, ApiEndpoints.Endpoint endpoint, ApiSchemas schemas, Schema error,
            Set<String> ids) {
        Method method = endpoint.method();
        String id = operationId(endpoint);
        while (!ids.add(id)) {
            id = id + endpoint.httpMethod().charAt(0) + endpoint.httpMethod().substring(1).toLowerCase(Locale.ROOT);
        }
        op.setOperationId(id);
        op.setTags(List.of(endpoint.area()));
        boolean open = method.isAnnotationPresent(Open.class)
                || endpoint.resource().isAnnotationPresent(Open.class);
        op.setSecurity(open
                ? List.of(OASFactory.createSecurityRequirement(),
                        OASFactory.createSecurityRequirement().addScheme(BEARER))
                : List.of(OASFactory.createSecurityRequirement().addScheme(BEARER)));

        parameters(op, endpoint, schemas);
        Type body = null;
        for (var p : method.getParameters()) {
            if (Arrays.stream(p.getAnnotations()).noneMatch(ApiDocument::isParamAnnotation)) {
                body = p.getParameterizedType();
            }
        }
        List<String> consumes = media(method.getAnnotation(Consumes.class),
                endpoint.resource().getAnnotation(Consumes.class), List.of(MediaType.APPLICATION_JSON));
        boolean multipart = consumes.stream().anyMatch(m -> m.startsWith("multipart/"));
        if (body != null) {
            op.setRequestBody(requestBody(op.getRequestBody(), body, consumes, schemas));
        } else {
            op.setRequestBody(null);
        }

        APIResponses responses = OASFactory.createAPIResponses();
        success(op, method, endpoint, schemas, responses);
        Set<String> codes = new java.util.TreeSet<>();
        if (!op.getParameters().isEmpty() || body != null) {
            codes.add("400");
        }
        if (!open) {
            codes.addAll(List.of("401", "403"));
        }
        if (endpoint.path().contains("{")) {
            codes.add("404");
        }
        if (!endpoint.httpMethod().equals("GET")) {
            codes.addAll(List.of("409", "422"));
        }
        if (multipart) {
            codes.add("413");
        }
        if (body != null) {
            codes.add("415");
        }
        for (APIResponse declared : method.getAnnotationsByType(APIResponse.class)) {
            if (declared.responseCode().startsWith("4")) {
                codes.add(declared.responseCode());
            }
        }
        if (codes.isEmpty()) {
            codes.add("400"); // a query string or header it cannot read
        }
        for (String code : codes) {
            String description = declaredDescription(method, code);
            responses.addAPIResponse(code, OASFactory.createAPIResponse()
                    .description(description != null ? description : ERROR_TEXTS.getOrDefault(code, "Refused."))
                    .content(OASFactory.createContent().addMediaType(MediaType.APPLICATION_JSON,
                            OASFactory.createMediaType().schema(OASFactory.createSchema().ref(error.getRef()))
                                    .example(errorExample(code)))));
        }
        op.setResponses(responses);
    }

    private static Map<String, Object> errorExample(String code) {
        Map<String, Object> example = new LinkedHashMap<>();
        example.put("code", ERRORS.getOrDefault(code, "error.badRequest"));
        example.put("message", ERROR_TEXTS.getOrDefault(code, "Refused."));
        example.put("fields", code.equals("422")
                ? List.of(Map.of("field", "title", "code", "error.required", "message", "Required."))
                : null);
        return example;
    }

    private static String declaredDescription(Method method, String code) {
        for (APIResponse declared : method.getAnnotationsByType(APIResponse.class)) {
            if (declared.responseCode().equals(code) && !declared.description().isBlank()) {
                return declared.description();
            }
        }
        return null;
    }

    private void success(Operation op, Method method, ApiEndpoints.Endpoint endpoint, ApiSchemas schemas,
            APIResponses responses) {
        APIResponse declared = null;
        for (APIResponse r : method.getAnnotationsByType(APIResponse.class)) {
            if (r.responseCode().startsWith("2") || r.responseCode().startsWith("3")) {
                declared = r;
            }
        }
        Type type = method.getGenericReturnType();
        Class<?> implementation = declared == null || declared.content().length == 0 ? null
                : declared.content()[0].schema().implementation();
        if (implementation != null && implementation != Void.class) {
            type = declared.content()[0].schema().type()
                    == org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY
                    ? java.lang.reflect.Array.newInstance(implementation, 0).getClass() : implementation;
        }
        String code = declared != null ? declared.responseCode()
                : method.getReturnType() == void.class ? "204" : "200";
        String description = declared != null && !declared.description().isBlank() ? declared.description()
                : code.equals("204") ? "Done; no content." : "The result.";
        var response = OASFactory.createAPIResponse().description(description);
        boolean noBody = code.equals("204") || method.getReturnType() == void.class
                || type == Response.class && declared != null && declared.content().length == 0
                && !hasBinary(method, endpoint);
        if (!noBody) {
            List<String> produces = media(method.getAnnotation(Produces.class),
                    endpoint.resource().getAnnotation(Produces.class), List.of(MediaType.APPLICATION_JSON));
            List<String> files = produces.stream().filter(m -> !m.startsWith(MediaType.APPLICATION_JSON)).toList();
            Content content = OASFactory.createContent();
            if (!files.isEmpty()) {
                for (String m : files) {
                    String bare = m.contains(";") ? m.substring(0, m.indexOf(';')).strip() : m;
                    boolean text = bare.startsWith("text/") || bare.endsWith("yaml") || bare.endsWith("pem-file")
                            || bare.endsWith("xml");
                    content.addMediaType(bare, OASFactory.createMediaType().schema(OASFactory.createSchema()
                            .type(Schema.SchemaType.STRING).format(text ? null : "binary")));
                }
            } else if (type != Response.class) {
                Schema schema = schemas.of(type);
                content.addMediaType(MediaType.APPLICATION_JSON, OASFactory.createMediaType().schema(schema)
                        .example(Examples.of(schema, schemas.components())));
            } else {
                content.addMediaType(MediaType.APPLICATION_JSON, OASFactory.createMediaType()
                        .schema(OASFactory.createSchema().type(Schema.SchemaType.OBJECT)));
            }
            response.setContent(content);
        }
        if (op.getResponses() != null && op.getResponses().getAPIResponse(code) != null
                && op.getResponses().getAPIResponse(code).getHeaders() != null) {
            response.setHeaders(op.getResponses().getAPIResponse(code).getHeaders());
        }
        responses.addAPIResponse(code, response);
    }

    private static boolean hasBinary(Method method, ApiEndpoints.Endpoint endpoint) {
        return media(method.getAnnotation(Produces.class), endpoint.resource().getAnnotation(Produces.class),
                List.of()).stream().anyMatch(m -> !m.startsWith(MediaType.APPLICATION_JSON));
    }

    private static RequestBody requestBody(RequestBody existing, Type body, List<String> consumes,
            ApiSchemas schemas) {
        RequestBody request = existing != null ? existing : OASFactory.createRequestBody();
        request.setRequired(true);
        Content content = OASFactory.createContent();
        for (String m : consumes) {
            if (m.startsWith("multipart/")) {
                Schema file = OASFactory.createSchema().type(Schema.SchemaType.OBJECT).addRequired("file")
                        .addProperty("file", OASFactory.createSchema().type(Schema.SchemaType.STRING)
                                .format("binary").description("The file, with its name"));
                content.addMediaType(m, OASFactory.createMediaType().schema(file));
            } else if (m.startsWith(MediaType.APPLICATION_JSON)) {
                Schema schema = schemas.of(body);
                content.addMediaType(m, OASFactory.createMediaType().schema(schema)
                        .example(Examples.of(schema, schemas.components())));
            } else {
                boolean text = m.startsWith("text/") || m.endsWith("pem-file");
                content.addMediaType(m, OASFactory.createMediaType().schema(OASFactory.createSchema()
                        .type(Schema.SchemaType.STRING).format(text ? null : "binary")));
            }
        }
        request.setContent(content);
        if (request.getDescription() == null) {
            request.setDescription(isEntityParts(body) ? "A multipart form with the part `file`." : "The request.");
        }
        return request;
    }

    private static boolean isEntityParts(Type body) {
        return body.getTypeName().contains(EntityPart.class.getName());
    }

    private static void parameters(Operation op, ApiEndpoints.Endpoint endpoint, ApiSchemas schemas) {
        Method method = endpoint.method();
        Map<String, Parameter> existing = new LinkedHashMap<>();
        if (op.getParameters() != null) {
            op.getParameters().forEach(p -> existing.put(p.getIn() + ":" + p.getName(), p));
        }
        List<Parameter> parameters = new ArrayList<>();
        for (var p : method.getParameters()) {
            Parameter.In in = null;
            String name = null;
            String defaultValue = null;
            for (Annotation a : p.getAnnotations()) {
                if (a instanceof PathParam path) {
                    in = Parameter.In.PATH;
                    name = path.value();
                } else if (a instanceof QueryParam query) {
                    in = Parameter.In.QUERY;
                    name = query.value();
                } else if (a instanceof HeaderParam header) {
                    in = Parameter.In.HEADER;
                    name = header.value();
                } else if (a instanceof CookieParam cookie) {
                    in = Parameter.In.COOKIE;
                    name = cookie.value();
                } else if (a instanceof DefaultValue value) {
                    defaultValue = value.value();
                }
            }
            if (in == null) {
                continue;
            }
            Parameter parameter = existing.getOrDefault(in.toString() + ":" + name,
                    OASFactory.createParameter().name(name).in(in));
            Schema schema = schemas.of(p.getParameterizedType());
            if (defaultValue != null) {
                schema.setDefaultValue(defaultValue(schema, defaultValue));
            }
            parameter.setSchema(schema);
            parameter.setRequired(in == Parameter.In.PATH ? Boolean.TRUE : null);
            if (parameter.getDescription() == null) {
                parameter.setDescription(in == Parameter.In.PATH ? "The " + name + "'s number or key."
                        : name.equals("Idempotency-Key")
                                ? "A key of the client's: a repeated request with the same key is done once."
                                : null);
            }
            parameters.add(parameter);
        }
        // a path parameter the resource class takes in a field, or one no Java parameter names
        java.util.regex.Matcher names = java.util.regex.Pattern.compile("\\{([^}]+)}").matcher(endpoint.path());
        while (names.find()) {
            String name = names.group(1);
            if (parameters.stream().noneMatch(p -> p.getIn() == Parameter.In.PATH && p.getName().equals(name))) {
                Type type = String.class;
                for (var field : endpoint.resource().getDeclaredFields()) {
                    PathParam path = field.getAnnotation(PathParam.class);
                    if (path != null && path.value().equals(name)) {
                        type = field.getGenericType();
                    }
                }
                parameters.add(OASFactory.createParameter().name(name).in(Parameter.In.PATH).required(true)
                        .schema(schemas.of(type)).description("The " + name + "'s number or key."));
            }
        }
        op.setParameters(parameters);
    }

    private static Object defaultValue(Schema schema, String value) {
        try {
            return switch (schema.getType()) {
                case INTEGER -> Long.parseLong(value);
                case NUMBER -> new java.math.BigDecimal(value);
                case BOOLEAN -> Boolean.parseBoolean(value);
                default -> value;
            };
        } catch (RuntimeException e) {
            return value;
        }
    }

    private static boolean isParamAnnotation(Annotation a) {
        return a instanceof PathParam || a instanceof QueryParam || a instanceof HeaderParam
                || a instanceof CookieParam || a instanceof MatrixParam || a instanceof FormParam
                || a instanceof BeanParam || a instanceof Context;
    }

    private static List<String> media(Annotation onMethod, Annotation onClass, List<String> otherwise) {
        Annotation a = onMethod != null ? onMethod : onClass;
        String[] values = a instanceof Produces p ? p.value() : a instanceof Consumes c ? c.value() : null;
        if (values == null) {
            return otherwise;
        }
        List<String> media = new ArrayList<>();
        for (String v : values) {
            for (String m : v.split(",")) {
                media.add(m.strip());
            }
        }
        return media;
    }

    /** {@code ProposalResource.attach}: {@code proposalAttach}; {@code ChallengeProposalsResource.list}: ... */
    static String operationId(ApiEndpoints.Endpoint endpoint) {
        String resource = endpoint.resource().getSimpleName().replaceAll("Resource$", "");
        String name = endpoint.method().getName();
        return Character.toLowerCase(resource.charAt(0)) + resource.substring(1)
                + Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    private static void dropEndpoints(OpenAPI api) {
        try {
            // Payara's own list of the paths; its copy of the document needs a map, an empty one is not written
            api.getClass().getMethod("setEndpoints", Map.class).invoke(api, new TreeMap<String, Set<String>>());
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.fine(() -> "OpenAPI: no endpoints property to drop: " + e);
        }
    }
}
