package it.sfide.platform.web;

import it.sfide.shared.SfideException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIForm;
import jakarta.faces.component.UIInput;
import jakarta.faces.component.UIMessage;
import jakarta.faces.component.visit.VisitContext;
import jakarta.faces.component.visit.VisitHint;
import jakarta.faces.component.visit.VisitResult;
import jakarta.faces.context.FacesContext;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Puts a business problem next to the input it is about, found on the page by the problem's field name, with no
 * map kept by the page's bean. The input is looked for first in the form that was sent, then in the whole page:
 * the component whose id is the field's name ({@code closesAt}; a row of a table, {@code phases[1].closesAt}, is
 * the {@code closesAt} of row 1 of the table {@code phases}), or else the one that names the field with
 * {@code <f:attribute name="field" value="closesAt"/>} because its id differs. Only an input with a message
 * component ({@code p:message for=...}) qualifies, so no message is ever lost: without one it goes to the top of
 * the page.
 */
final class FieldInputs {

    /** The attribute naming the business field of a component whose id differs from it. */
    static final String FIELD = "field";

    private FieldInputs() {
    }

    /** Shows the problem's message on its input, or at the top of the page. */
    static void show(FacesContext faces, SfideException problem) {
        String clientId = clientIdOf(faces, problem.field());
        String text = Messages.text(problem.messageKey(), problem.arguments());
        faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
        if (clientId != null) {
            Map<String, String> sent = faces.getExternalContext().getRequestParameterMap();
            faces.getViewRoot().invokeOnComponent(faces, clientId, (context, component) -> {
                if (component instanceof UIInput input) {
                    // an invalid input redisplays its submitted value (read before invalidating: Mojarra then
                    // answers "" for a missing one): keep what was typed
                    if (input.getSubmittedValue() == null && sent.containsKey(clientId)) {
                        input.setSubmittedValue(sent.get(clientId));
                    }
                    input.setValid(false);
                }
            });
        }
    }

    /** The client id of the field's input, or null. */
    static String clientIdOf(FacesContext faces, String field) {
        if (field == null || field.isBlank() || faces.getViewRoot() == null) {
            return null;
        }
        if (!faces.isPostback()) {
            // a view action of a GET runs before the page's components exist: build them now (once; rendering
            // then finds them built)
            String viewId = faces.getViewRoot().getViewId();
            try {
                faces.getApplication().getViewHandler().getViewDeclarationLanguage(faces, viewId)
                        .buildView(faces, faces.getViewRoot());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        List<UIComponent> scopes = new ArrayList<>(sentForms(faces));
        scopes.add(faces.getViewRoot());
        for (UIComponent scope : scopes) {
            String found = find(faces, scope, field);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static List<UIComponent> sentForms(FacesContext faces) {
        Map<String, String> sent = faces.getExternalContext().getRequestParameterMap();
        List<UIComponent> forms = new ArrayList<>();
        faces.getViewRoot().visitTree(visit(faces), (context, component) -> {
            if (component instanceof UIForm && sent.containsKey(component.getClientId(context.getFacesContext()))) {
                forms.add(component);
                return VisitResult.REJECT;
            }
            return VisitResult.ACCEPT;
        });
        return forms;
    }

    /** The best candidate in the scope: its own id path, then a "field" attribute, then the shortest nested one. */
    private static String find(FacesContext faces, UIComponent scope, String field) {
        String path = field.replace("].", ":").replace("[", ":").replace("]", "");
        char separator = jakarta.faces.component.UINamingContainer.getSeparatorChar(faces);
        String prefix = scope instanceof UIForm ? scope.getClientId(faces) + separator : "";
        String exact = prefix + path.replace(':', separator);
        String nested = separator + path.replace(':', separator);
        Set<String> withMessage = new HashSet<>();
        List<Candidate> candidates = new ArrayList<>();
        scope.visitTree(visit(faces), (context, component) -> {
            if (component instanceof UIMessage message && message.getFor() != null) {
                withMessage.add(message.getFor());
            }
            String clientId = component.getClientId(context.getFacesContext());
            if (clientId.equals(exact)) {
                candidates.add(new Candidate(clientId, component.getId(), 0));
            } else if (field.equals(component.getAttributes().get(FIELD))) {
                candidates.add(new Candidate(clientId, component.getId(), 1));
            } else if (clientId.endsWith(nested)) {
                candidates.add(new Candidate(clientId, component.getId(), 2 + clientId.length()));
            }
            return VisitResult.ACCEPT;
        });
        return candidates.stream().filter(c -> withMessage.contains(c.id()))
                .min(java.util.Comparator.comparingInt(Candidate::rank)).map(Candidate::clientId).orElse(null);
    }

    private static VisitContext visit(FacesContext faces) {
        // unrendered parts too: a view may show another part (a wizard's step) when it hears of the failure
        return VisitContext.createVisitContext(faces, null, EnumSet.noneOf(VisitHint.class));
    }

    private record Candidate(String clientId, String id, int rank) {
    }
}
