package it.sfide.platform.api;

import it.sfide.platform.i18n.Texts;
import it.sfide.shared.SfideException;
import it.sfide.shared.TooManyAttempts;
import it.sfide.shared.ValidationFailure;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;
import java.util.Locale;

/** Builds the JSON error responses, in the language the caller asked for with {@code Accept-Language}. */
public final class ApiErrors {

    private ApiErrors() {
    }

    public static Locale locale(HttpHeaders headers) {
        List<Locale> accepted = headers == null ? List.of() : headers.getAcceptableLanguages();
        return Texts.supported(accepted.isEmpty() ? null : accepted.get(0));
    }

    public static Response of(SfideException e, Locale locale) {
        List<ApiError.FieldError> fields = null;
        if (e instanceof ValidationFailure failure) {
            fields = failure.problems().stream()
                    .map(p -> new ApiError.FieldError(p.field(), p.messageKey(),
                            Texts.get(locale, p.messageKey(), p.arguments())))
                    .toList();
        } else if (e.field() != null) {
            fields = List.of(new ApiError.FieldError(e.field(), e.messageKey(),
                    Texts.get(locale, e.messageKey(), e.arguments())));
        }
        Response response = of(e.kind().httpStatus(), e.messageKey(), Texts.get(locale, e.messageKey(),
                e.arguments()), fields);
        if (e instanceof TooManyAttempts tooMany) {
            response.getHeaders().add("Retry-After", String.valueOf(tooMany.retryAfterSeconds()));
        }
        return response;
    }

    public static Response of(int status, String code, Locale locale) {
        return of(status, code, Texts.get(locale, code), null);
    }

    private static Response of(int status, String code, String message, List<ApiError.FieldError> fields) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ApiError(code, message, fields)).build();
    }
}
