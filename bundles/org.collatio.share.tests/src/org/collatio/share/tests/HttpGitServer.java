/*
 * Copyright (c) 2026 Collatio contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.collatio.share.tests;

import org.collatio.share.tests.servers.GitDaemon;
import org.collatio.share.tests.servers.SystemGit;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A Git server over HTTP on a loopback port, as a hosting service is to a coder: basic
 * authentication with a user name and a token in front of the machine's own {@code git http-backend}
 * (run as a CGI program per request). The bare repositories live under a folder. Close it, also
 * when a test fails.
 */
final class HttpGitServer implements AutoCloseable {

	private final HttpServer server;
	private final Path root;
	private final String expected;

	private HttpGitServer(HttpServer server, Path root, String user, String token) {
		this.server = server;
		this.root = root;
		this.expected = "Basic " + Base64.getEncoder().encodeToString((user + ":" + token).getBytes(StandardCharsets.UTF_8));
	}

	static HttpGitServer start(Path root, String user, String token) throws IOException {
		HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		HttpGitServer git = new HttpGitServer(server, root, user, token);
		server.createContext("/git/", git::handle);
		server.start();
		return git;
	}

	String newRepository(String name) throws IOException, InterruptedException {
		SystemGit.bare(root.resolve(name));
		return "http://127.0.0.1:" + server.getAddress().getPort() + "/git/" + name;
	}

	private void handle(HttpExchange exchange) throws IOException {
		try (exchange) {
			if (!expected.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
				exchange.getResponseHeaders().add("WWW-Authenticate", "Basic realm=\"collatio-test\"");
				exchange.sendResponseHeaders(401, -1);
				return;
			}
			byte[] body = exchange.getRequestBody().readAllBytes();
			ProcessBuilder builder = new ProcessBuilder(List.of("git", "http-backend"));
			Map<String, String> env = builder.environment();
			env.put("GIT_CONFIG_NOSYSTEM", "1");
			env.put("GIT_CONFIG_GLOBAL", "/dev/null");
			env.put("GIT_PROJECT_ROOT", root.toAbsolutePath().toString());
			env.put("GIT_HTTP_EXPORT_ALL", "1");
			env.put("REMOTE_USER", "coder");
			env.put("REMOTE_ADDR", "127.0.0.1");
			env.put("REQUEST_METHOD", exchange.getRequestMethod());
			env.put("PATH_INFO", exchange.getRequestURI().getPath().substring("/git".length()));
			env.put("QUERY_STRING", exchange.getRequestURI().getRawQuery() == null ? "" : exchange.getRequestURI().getRawQuery());
			env.put("CONTENT_LENGTH", Integer.toString(body.length));
			String type = exchange.getRequestHeaders().getFirst("Content-Type");
			env.put("CONTENT_TYPE", type == null ? "" : type);
			String encoding = exchange.getRequestHeaders().getFirst("Content-Encoding");
			if (encoding != null) {
				env.put("HTTP_CONTENT_ENCODING", encoding);
			}
			String protocol = exchange.getRequestHeaders().getFirst("Git-Protocol");
			if (protocol != null) {
				env.put("GIT_PROTOCOL", protocol);
			}
			Process process = builder.start();
			Thread writer = new Thread(() -> {
				try (OutputStream in = process.getOutputStream()) {
					in.write(body);
				} catch (IOException e) {
					// the backend stopped reading: its answer says why
				}
			});
			writer.start();
			byte[] output;
			try (InputStream out = process.getInputStream()) {
				output = out.readAllBytes();
			}
			try {
				process.waitFor(60, TimeUnit.SECONDS);
				writer.join(10_000);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
			respond(exchange, output);
		}
	}

	/** Sends a CGI answer: its header lines (a "Status:" line sets the code), then its body. */
	private static void respond(HttpExchange exchange, byte[] output) throws IOException {
		int end = indexOf(output, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
		int skip = 4;
		if (end < 0) {
			end = indexOf(output, "\n\n".getBytes(StandardCharsets.US_ASCII));
			skip = 2;
		}
		int status = 200;
		if (end >= 0) {
			for (String line : new String(output, 0, end, StandardCharsets.ISO_8859_1).split("\r?\n")) {
				int colon = line.indexOf(':');
				if (colon < 0) {
					continue;
				}
				String name = line.substring(0, colon).strip();
				String value = line.substring(colon + 1).strip();
				if (name.equalsIgnoreCase("Status")) {
					status = Integer.parseInt(value.split(" ")[0]);
				} else {
					exchange.getResponseHeaders().add(name, value);
				}
			}
		}
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.write(output, end < 0 ? 0 : end + skip, end < 0 ? output.length : output.length - end - skip);
		exchange.sendResponseHeaders(status, body.size() == 0 ? -1 : body.size());
		if (body.size() > 0) {
			try (OutputStream out = exchange.getResponseBody()) {
				body.writeTo(out);
			}
		}
	}

	private static int indexOf(byte[] data, byte[] pattern) {
		outer: for (int i = 0; i + pattern.length <= data.length; i++) {
			for (int j = 0; j < pattern.length; j++) {
				if (data[i + j] != pattern[j]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}

	@Override
	public void close() {
		server.stop(0);
	}
}
