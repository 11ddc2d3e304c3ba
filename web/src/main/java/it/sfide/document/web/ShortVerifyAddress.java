package it.sfide.document.web;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** {@code /verify?p=SFIDE-2026-000001}, printed under every document's QR code, opens the verification page. */
@WebServlet("/verify")
public class ShortVerifyAddress extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String protocol = request.getParameter("p");
        String query = protocol == null || protocol.isBlank() ? ""
                : "?p=" + URLEncoder.encode(protocol.strip(), StandardCharsets.UTF_8);
        response.sendRedirect(request.getContextPath() + "/verify.xhtml" + query);
    }
}
