package dev.retort.cli.config;

import dev.retort.cli.failure.CliFailure;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

/**
 * The target database's URL: a JDBC URL ({@code jdbc:postgresql://host:port/db?...}) or a libpq-style URI
 * ({@code postgresql://user:password@host:port/db}), taken apart so that the user and password in it can serve
 * as defaults, the driver gets a plain JDBC URL, and output shows the URL without its password.
 */
public record DatabaseUrl(List<String> hosts, String rawPath, Optional<String> userInfoUser,
                          Optional<String> user, Optional<String> password, List<String> parameters) {

    private static final List<String> PREFIXES = List.of("jdbc:postgresql:", "postgresql:", "postgres:");
    private static final String EXPECTED = "write jdbc:postgresql://HOST[:PORT]/DATABASE";

    public DatabaseUrl {
        hosts = List.copyOf(hosts);
        parameters = List.copyOf(parameters);
    }

    /** Parses the configured value; a malformed URL is a usage failure that names where it came from. */
    public static DatabaseUrl parse(ConfigValue value) {
        String text = value.value().strip();
        String lower = text.toLowerCase(Locale.ROOT);
        String prefix = PREFIXES.stream().filter(lower::startsWith).findFirst()
                .orElseThrow(() -> invalid(value, "is not a PostgreSQL URL"));
        String rest = text.substring(prefix.length());
        if (!rest.startsWith("//")) {
            throw invalid(value, "names no host");
        }
        rest = rest.substring(2);
        int end = firstOf(rest, "/?");
        String authority = rest.substring(0, end);
        String tail = rest.substring(end);
        int at = authority.lastIndexOf('@');
        String userInfo = at < 0 ? null : authority.substring(0, at);
        List<String> hosts = hosts(at < 0 ? authority : authority.substring(at + 1), value);
        int question = tail.indexOf('?');
        String path = question < 0 ? tail : tail.substring(0, question);
        String query = question < 0 ? "" : tail.substring(question + 1);
        DatabaseUrl url = fromParts(hosts, path.startsWith("/") ? path.substring(1) : path, userInfo, query);
        if (org.postgresql.Driver.parseURL(url.jdbcUrl(), new Properties()) == null) {
            throw invalid(value, "is not a valid PostgreSQL JDBC URL");
        }
        return url;
    }

    private static DatabaseUrl fromParts(List<String> hosts, String rawPath, String userInfo, String query) {
        Optional<String> infoUser = Optional.empty();
        Optional<String> infoPassword = Optional.empty();
        if (userInfo != null) {
            int colon = userInfo.indexOf(':');
            infoUser = Optional.of(decode(colon < 0 ? userInfo : userInfo.substring(0, colon)))
                    .filter(u -> !u.isEmpty());
            infoPassword = colon < 0 ? Optional.empty() : Optional.of(decode(userInfo.substring(colon + 1)));
        }
        String paramUser = null;
        String paramPassword = null;
        List<String> parameters = new ArrayList<>();
        for (String parameter : query.isEmpty() ? new String[0] : query.split("&")) {
            int eq = parameter.indexOf('=');
            String key = eq < 0 ? parameter : parameter.substring(0, eq);
            String val = eq < 0 ? "" : decode(parameter.substring(eq + 1));
            if (key.equals("user")) {
                paramUser = val;
            } else if (key.equals("password")) {
                paramPassword = val;
            } else if (!parameter.isEmpty()) {
                parameters.add(parameter);
            }
        }
        Optional<String> user = paramUser != null ? Optional.of(paramUser) : infoUser;
        Optional<String> password = paramPassword != null ? Optional.of(paramPassword) : infoPassword;
        return new DatabaseUrl(hosts, rawPath, infoUser, user, password, parameters);
    }

    private static List<String> hosts(String hostList, ConfigValue value) {
        List<String> hosts = new ArrayList<>();
        for (String host : hostList.split(",", -1)) {
            int colon = host.lastIndexOf(':');
            boolean hasPort = colon >= 0 && host.indexOf(']', colon) < 0;
            String name = hasPort ? host.substring(0, colon) : host;
            if (name.isEmpty()) {
                throw invalid(value, "names no host");
            }
            if (hasPort && !validPort(host.substring(colon + 1))) {
                throw invalid(value, "has an invalid port '" + host.substring(colon + 1) + "'");
            }
            hosts.add(host);
        }
        return hosts;
    }

    private static boolean validPort(String port) {
        if (port.isEmpty() || port.length() > 5 || !port.chars().allMatch(Character::isDigit)) {
            return false;
        }
        int number = Integer.parseInt(port);
        return number >= 1 && number <= 65535;
    }

    /** The URL the driver gets: hosts, database and parameters, without user or password. */
    public String jdbcUrl() {
        return "jdbc:postgresql://" + String.join(",", hosts) + "/" + rawPath + query(false);
    }

    /** The URL as output shows it: {@code postgresql://[user@]host:port/db[?params]}, never with a password. */
    public String display() {
        return "postgresql://" + userInfoUser.map(u -> u + "@").orElse("") + String.join(",", hosts) + "/"
                + rawPath + query(true);
    }

    /** The database name (the driver's default, the user's name, when the URL names none). */
    public Optional<String> database() {
        return rawPath.isEmpty() ? Optional.empty() : Optional.of(decode(rawPath));
    }

    private String query(boolean withUserParameter) {
        List<String> shown = new ArrayList<>();
        if (withUserParameter && userInfoUser.isEmpty()) {
            user.ifPresent(u -> shown.add("user=" + u));
        }
        shown.addAll(parameters);
        return shown.isEmpty() ? "" : "?" + String.join("&", shown);
    }

    /** The text of a URL with any password removed, for messages about URLs that could not be parsed. */
    public static String redact(String text) {
        return text.replaceAll("(//[^/@:?]*):[^@/?]*@", "$1@").replaceAll("([?&])password=[^&]*&?", "$1")
                .replaceAll("[?&]$", "");
    }

    private static CliFailure invalid(ConfigValue value, String problem) {
        return CliFailure.usage(value.describe(Property.URL) + " '" + redact(value.value().strip()) + "' " + problem
                + "; " + EXPECTED);
    }

    private static int firstOf(String text, String characters) {
        for (int i = 0; i < text.length(); i++) {
            if (characters.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return text.length();
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
}
