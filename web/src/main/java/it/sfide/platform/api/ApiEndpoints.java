package it.sfide.platform.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.stream.Stream;

/**
 * The API's resource methods, found by reflection: every public class in an {@code it.sfide.<area>.api} package with
 * {@code @Path}, and its methods with an HTTP method annotation, each under its full path template as the OpenAPI
 * document writes it ({@code /api/v1/proposals/{id}}: JAX-RS regular expressions left out).
 */
public final class ApiEndpoints {

    /** One operation: the HTTP method, the path template and the Java method that serves it. */
    public record Endpoint(String httpMethod, String path, Class<?> resource, Method method) {

        /** {@code GET /api/v1/proposals/{id}}. */
        public String key() {
            return httpMethod + " " + path;
        }

        /** The business area: {@code proposal} for {@code it.sfide.proposal.api}. */
        public String area() {
            String name = resource.getPackageName();
            return name.substring("it.sfide.".length(), name.length() - ".api".length());
        }
    }

    private static final String ROOT = "it/sfide/";

    private ApiEndpoints() {
    }

    /** Every endpoint the classes visible to the loader serve, ordered by path and method. */
    public static List<Endpoint> all(ClassLoader loader) {
        String base = ApiApplication.class.getAnnotation(ApplicationPath.class).value();
        List<Endpoint> endpoints = new ArrayList<>();
        for (Class<?> resource : resources(loader)) {
            String classPath = join(base, resource.getAnnotation(Path.class).value());
            for (Method method : resource.getMethods()) {
                String http = httpMethod(method);
                if (http == null) {
                    continue;
                }
                Path sub = method.getAnnotation(Path.class);
                endpoints.add(new Endpoint(http, template(sub == null ? classPath : join(classPath, sub.value())),
                        resource, method));
            }
        }
        endpoints.sort(Comparator.comparing(Endpoint::path).thenComparing(Endpoint::httpMethod));
        return endpoints;
    }

    /** The endpoints by {@link Endpoint#key()}. */
    public static Map<String, Endpoint> byKey(ClassLoader loader) {
        Map<String, Endpoint> map = new LinkedHashMap<>();
        all(loader).forEach(e -> map.put(e.key(), e));
        return map;
    }

    /** The HTTP method of a resource method ({@code GET}, ...), or null when it serves none. */
    public static String httpMethod(Method method) {
        for (var annotation : method.getAnnotations()) {
            HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return http.value().toUpperCase(Locale.ROOT);
            }
        }
        return null;
    }

    /** A path template without the JAX-RS regular expressions: {@code {id: [0-9]+}} becomes {@code {id}}. */
    public static String template(String path) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < path.length()) {
            char c = path.charAt(i);
            if (c != '{') {
                out.append(c);
                i++;
                continue;
            }
            int depth = 0;
            int end = i;
            for (; end < path.length(); end++) {
                char d = path.charAt(end);
                if (d == '{') {
                    depth++;
                } else if (d == '}' && --depth == 0) {
                    break;
                }
            }
            String inside = path.substring(i + 1, Math.min(end, path.length()));
            int colon = inside.indexOf(':');
            out.append('{').append((colon < 0 ? inside : inside.substring(0, colon)).strip()).append('}');
            i = end + 1;
        }
        return out.toString();
    }

    private static String join(String a, String b) {
        String joined = ("/" + a + "/" + b).replaceAll("/+", "/");
        return joined.length() > 1 && joined.endsWith("/") ? joined.substring(0, joined.length() - 1) : joined;
    }

    private static List<Class<?>> resources(ClassLoader loader) {
        TreeSet<String> names = new TreeSet<>();
        try {
            Enumeration<URL> roots = loader.getResources(ROOT);
            for (URL root : Collections.list(roots)) {
                names.addAll(classNames(root));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Class<?>> resources = new ArrayList<>();
        for (String name : names) {
            if (!name.matches("it\\.sfide\\.[a-z]+\\.api\\.[A-Za-z0-9]+")) {
                continue;
            }
            try {
                Class<?> type = Class.forName(name, false, loader);
                if (type.isAnnotationPresent(Path.class) && Modifier.isPublic(type.getModifiers())) {
                    resources.add(type);
                }
            } catch (ClassNotFoundException | LinkageError e) {
                // not a class the application can load: not one of its resources
            }
        }
        return resources;
    }

    private static List<String> classNames(URL root) throws IOException {
        List<String> names = new ArrayList<>();
        if ("jar".equals(root.getProtocol())) {
            var connection = (JarURLConnection) root.openConnection();
            connection.setUseCaches(false);
            try (var jar = connection.getJarFile()) {
                for (JarEntry entry : Collections.list(jar.entries())) {
                    if (entry.getName().startsWith(ROOT) && entry.getName().endsWith(".class")) {
                        names.add(className(entry.getName()));
                    }
                }
            }
        } else if ("file".equals(root.getProtocol())) {
            java.nio.file.Path dir;
            try {
                dir = Paths.get(root.toURI());
            } catch (URISyntaxException e) {
                throw new IOException(e);
            }
            java.nio.file.Path base = dir.getParent().getParent();
            try (Stream<java.nio.file.Path> files = Files.walk(dir)) {
                files.filter(f -> f.toString().endsWith(".class"))
                        .forEach(f -> names.add(className(base.relativize(f).toString().replace('\\', '/'))));
            }
        }
        return names;
    }

    private static String className(String entry) {
        return entry.substring(0, entry.length() - ".class".length()).replace('/', '.');
    }
}
