package it.sfide.platform.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

import java.util.Map;

/**
 * The REST API, version 1: JSON over {@code /api/v1}, described at {@code /openapi}. Jersey's WADL (its answer to
 * {@code OPTIONS} and {@code application.wadl}) is off: the description is the OpenAPI document alone.
 */
@ApplicationPath("/api/v1")
@OpenAPIDefinition(info = @Info(title = "Sfide API", version = "1",
        description = "Open innovation procurement: organisations, challenges, proposals, evaluation, contracts."))
@SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "A personal API token from POST /api/v1/tokens or the profile page")
public class ApiApplication extends Application {

    @Override
    public Map<String, Object> getProperties() {
        return Map.of("jersey.config.server.wadl.disableWadl", true);
    }
}
