package it.sfide.document.control;

import it.sfide.shared.ErrorKind;
import it.sfide.shared.SfideException;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampToken;

import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collection;
import java.util.logging.Logger;

/**
 * An external RFC 3161 time-stamping service over HTTP ({@code SFIDE_TSA_URL}, optionally with HTTP basic
 * credentials): sends a SHA-256 imprint with a nonce and the certificate requested, and accepts the answer only
 * when it is granted, carries the same imprint and nonce, and its signature verifies with the TSA certificate it
 * carries (trust in that certificate is for the verifier's anchors to decide). A service that does not answer
 * makes the act fail with a clear message, never a half-signed document.
 */
public final class RemoteTimeStampAuthority {

    private static final Logger LOG = Logger.getLogger(RemoteTimeStampAuthority.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NORMAL).build();

    private final URI url;
    private final String authorization;

    public RemoteTimeStampAuthority(URI url, String user, String password) {
        this.url = url;
        this.authorization = user == null || user.isBlank() ? null : "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + (password == null ? "" : password)).getBytes(StandardCharsets.UTF_8));
    }

    public TimeStampToken stamp(byte[] sha256) {
        BigInteger nonce = new BigInteger(63, RANDOM);
        try {
            TimeStampRequestGenerator generator = new TimeStampRequestGenerator();
            generator.setCertReq(true);
            TimeStampRequest request = generator.generate(TSPAlgorithms.SHA256, sha256, nonce);
            HttpRequest.Builder http = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(15))
                    .header("Content-Type", "application/timestamp-query")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(request.getEncoded()));
            if (authorization != null) {
                http.header("Authorization", authorization);
            }
            HttpResponse<byte[]> answer = HTTP.send(http.build(), HttpResponse.BodyHandlers.ofByteArray());
            if (answer.statusCode() != 200) {
                throw unavailable("HTTP " + answer.statusCode());
            }
            TimeStampResponse response = new TimeStampResponse(answer.body());
            response.validate(request);
            TimeStampToken token = response.getTimeStampToken();
            if (token == null) {
                throw unavailable("refused: " + response.getStatusString());
            }
            if (!Arrays.equals(token.getTimeStampInfo().getMessageImprintDigest(), sha256)) {
                throw unavailable("the token is for another imprint");
            }
            Collection<X509CertificateHolder> signers = token.getCertificates().getMatches(token.getSID());
            if (signers.isEmpty() || !token.isSignatureValid(new JcaSimpleSignerInfoVerifierBuilder()
                    .build(signers.iterator().next()))) {
                throw unavailable("the token's signature does not verify with the certificate it carries");
            }
            return token;
        } catch (IOException | TSPException | org.bouncycastle.operator.OperatorCreationException
                 | java.security.cert.CertificateException e) {
            throw unavailable(e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable("interrupted");
        }
    }

    private SfideException unavailable(String why) {
        LOG.warning(() -> "The time-stamping service " + url.getHost() + " failed: " + why);
        return new SfideException(ErrorKind.UNAVAILABLE, "error.timeStamp.unavailable");
    }
}
