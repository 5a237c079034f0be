package org.safecase.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A plain HTTP GET sent from a chosen loopback address (127.0.0.2 stands for the TLS proxy in
 * the tests' settings), which Java's HTTP client cannot choose: for checking what the application
 * believes of {@code X-Forwarded-Proto} from which address (issue #12 item 3).
 */
public final class FromAddress {
    private FromAddress() {
    }

    /** The status line's code, the headers of the answer (names in lower case) and its body as sent. */
    public record Answer(int status, Map<String, List<String>> headers, String body) {
        public List<String> all(String name) {
            return headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
        }
    }

    public static Answer get(String localAddress, URL base, String path, Map<String, String> headers) {
        try (Socket socket = new Socket(base.getHost(), base.getPort(), InetAddress.getByName(localAddress), 0)) {
            StringBuilder request = new StringBuilder("GET " + URI.create(Deployments.root(base)).getPath() + path + " HTTP/1.1\r\n")
                    .append("Host: ").append(base.getHost()).append(':').append(base.getPort()).append("\r\n")
                    .append("Connection: close\r\n");
            headers.forEach((name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
            socket.getOutputStream().write(request.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII));
            String head = head(socket.getInputStream());
            String[] lines = head.split("\r\n");
            Map<String, List<String>> answer = new java.util.TreeMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                if (colon > 0) {
                    answer.computeIfAbsent(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), n -> new ArrayList<>())
                            .add(lines[i].substring(colon + 1).trim());
                }
            }
            String body = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return new Answer(Integer.parseInt(lines[0].split(" ")[1]), answer, body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String head(InputStream in) throws IOException {
        ByteArrayOutputStream read = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != -1) {
            read.write(b);
            String sofar = read.toString(StandardCharsets.ISO_8859_1);
            if (sofar.endsWith("\r\n\r\n")) {
                return sofar;
            }
        }
        return read.toString(StandardCharsets.ISO_8859_1);
    }
}
