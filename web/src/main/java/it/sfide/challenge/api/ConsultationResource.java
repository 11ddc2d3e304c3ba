package it.sfide.challenge.api;

import it.sfide.platform.api.Open;
import org.eclipse.microprofile.openapi.annotations.Operation;
import it.sfide.challenge.boundary.AnswerForm;
import it.sfide.challenge.boundary.ConsultationResults;
import it.sfide.challenge.boundary.ConsultationService;
import it.sfide.challenge.boundary.QuestionForm;
import it.sfide.platform.api.ApiErrors;
import it.sfide.platform.api.Downloads;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;

/** A market consultation's questionnaire, the caller's answers, and the aggregated results and CSV for the buyer. */
@Path("challenges/{id: [0-9]+}/questionnaire")
@Produces(MediaType.APPLICATION_JSON)
public class ConsultationResource {

    @Inject
    ConsultationService consultations;

    @Context
    HttpHeaders headers;

    @GET
    @Operation(summary = "Read a consultation's questionnaire")
    @Open
    public List<QuestionForm> questions(@PathParam("id") long id) {
        return consultations.questions(id);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Define a consultation's questionnaire")
    public List<QuestionForm> define(@PathParam("id") long id, List<QuestionForm> questions) {
        return consultations.defineQuestions(id, questions);
    }

    @GET
    @Path("answers")
    @Operation(summary = "Read the caller's answers to a questionnaire")
    public List<AnswerForm> myAnswers(@PathParam("id") long id) {
        return consultations.myAnswers(id);
    }

    @PUT
    @Path("answers")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Answer a questionnaire")
    public List<AnswerForm> answer(@PathParam("id") long id, List<AnswerForm> answers) {
        return consultations.answer(id, answers);
    }

    @GET
    @Path("results")
    @Operation(summary = "Read a consultation's results")
    public ConsultationResults results(@PathParam("id") long id) {
        return consultations.results(id);
    }

    @GET
    @Path("results.csv")
    @Produces("text/csv;charset=UTF-8")
    @Operation(summary = "Download a consultation's results (CSV)")
    public Response csv(@PathParam("id") long id) {
        return Downloads.file("\uFEFF" + consultations.csv(id, ApiErrors.locale(headers)), "consultation-" + id + ".csv")
                .build();
    }
}
