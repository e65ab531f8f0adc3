package org.peerlearning.bench;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Load generator for the HL7 feed: sends ORU^R01 final reports over MLLP on several connections to
 * the platform and, in the same run, to a bare echo server that only acknowledges, and prints
 * messages per second and acknowledgement latency for both, with their ratio.
 *
 * <p>Two phases per target: as fast as the connections go (throughput), then a paced phase at a
 * fixed total rate (latency at a realistic load). Every message carries a fresh control id and
 * accession number, so the platform does real inserts, never duplicate short-cuts.
 *
 * <p>Arguments: {@code host port [connections] [messages] [pacedRate] [pacedSeconds]}.
 */
public final class MllpBenchmark {

	public static void main(String[] args) throws Exception {
		String host = args.length > 0 ? args[0] : "127.0.0.1";
		int port = args.length > 1 ? Integer.parseInt(args[1]) : 2575;
		int connections = args.length > 2 ? Integer.parseInt(args[2]) : 8;
		int messages = args.length > 3 ? Integer.parseInt(args[3]) : 50_000;
		int pacedRate = args.length > 4 ? Integer.parseInt(args[4]) : 1_000;
		int pacedSeconds = args.length > 5 ? Integer.parseInt(args[5]) : 15;
		String runId = Long.toString(System.currentTimeMillis() % 100_000_000L, 36).toUpperCase(Locale.ROOT);

		try (MllpEchoServer echo = new MllpEchoServer()) {
			System.out.printf(Locale.ROOT, "MLLP benchmark: %d connections, %,d messages flat out, then %,d msg/s for %d s%n",
					connections, messages, pacedRate, pacedSeconds);
			warmUp("127.0.0.1", echo.port(), runId + "W");
			warmUp(host, port, runId + "X");

			Result echoFlat = run("echo", "127.0.0.1", echo.port(), connections, messages, 0, runId + "E");
			Result platformFlat = run("platform", host, port, connections, messages, 0, runId + "P");
			int pacedMessages = pacedRate * pacedSeconds;
			Result echoPaced = run("echo", "127.0.0.1", echo.port(), connections, pacedMessages, pacedRate, runId + "F");
			Result platformPaced = run("platform", host, port, connections, pacedMessages, pacedRate, runId + "Q");

			System.out.println();
			System.out.println("phase      target     messages   msg/s      p50 ms   p99 ms   max ms   negative ACKs");
			for (Result r : List.of(echoFlat, platformFlat, echoPaced, platformPaced)) {
				System.out.println(r.line());
			}
			System.out.println();
			System.out.printf(Locale.ROOT, "platform / echo throughput ratio (flat out): %.3f%n",
					platformFlat.perSecond() / echoFlat.perSecond());
			System.out.printf(Locale.ROOT, "platform / echo p99 ratio at %,d msg/s: %.1f%n", pacedRate,
					platformPaced.p99() / Math.max(echoPaced.p99(), 0.001));
			System.out.printf(Locale.ROOT, "%,d messages flat out, each durably stored before its ACK: %.1f s%n", messages,
					platformFlat.seconds());
			System.out.printf(Locale.ROOT, "50,000 exams (a day of Ontario) at the flat-out rate: %.1f s%n",
					50_000 / platformFlat.perSecond());
			boolean failed = platformFlat.negative() > 0 || platformPaced.negative() > 0;
			if (failed) {
				System.out.println("Some messages were not accepted (negative ACKs): see the platform's intake monitor.");
				System.exit(1);
			}
		}
	}

	private static void warmUp(String host, int port, String runId) throws Exception {
		run("warm-up", host, port, 2, 500, 0, runId);
	}

	private static Result run(String target, String host, int port, int connections, int messages, int ratePerSecond,
			String runId) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(connections, r -> {
			Thread thread = new Thread(r, "mllp-load");
			thread.setDaemon(true);
			return thread;
		});
		AtomicLong next = new AtomicLong();
		AtomicLong negative = new AtomicLong();
		long[] latencies = new long[messages];
		long start = System.nanoTime();
		long intervalNanos = ratePerSecond > 0 ? 1_000_000_000L / ratePerSecond : 0;
		List<Future<?>> futures = new ArrayList<>();
		for (int c = 0; c < connections; c++) {
			futures.add(pool.submit(() -> {
				try (Socket socket = new Socket(host, port)) {
					socket.setTcpNoDelay(true);
					socket.setSoTimeout(30_000);
					InputStream in = new BufferedInputStream(socket.getInputStream());
					OutputStream out = new BufferedOutputStream(socket.getOutputStream());
					long n;
					while ((n = next.getAndIncrement()) < messages) {
						long scheduled = start + n * intervalNanos;
						if (intervalNanos > 0) {
							long wait = scheduled - System.nanoTime();
							if (wait > 0) {
								LockSupport.parkNanos(wait);
							}
						}
						byte[] message = Hl7Messages.finalReport(runId, n).getBytes(StandardCharsets.UTF_8);
						long sent = intervalNanos > 0 ? Math.min(scheduled, System.nanoTime()) : System.nanoTime();
						Mllp.writeFrame(out, message);
						out.flush();
						byte[] ack = Mllp.readFrame(in);
						latencies[(int) n] = System.nanoTime() - sent;
						if (ack == null || !"AA".equals(Hl7Messages.ackCode(new String(ack, StandardCharsets.ISO_8859_1)))) {
							negative.incrementAndGet();
						}
					}
				}
				return null;
			}));
		}
		try {
			for (Future<?> future : futures) {
				future.get(30, TimeUnit.MINUTES);
			}
		}
		finally {
			pool.shutdownNow();
		}
		long elapsed = System.nanoTime() - start;
		Arrays.sort(latencies);
		String phase = ratePerSecond > 0 ? "paced" : "flat-out";
		return new Result(phase, target, messages, elapsed / 1e9, messages / (elapsed / 1e9), millis(latencies, 0.50),
				millis(latencies, 0.99), latencies[latencies.length - 1] / 1e6, negative.get());
	}

	private static double millis(long[] sorted, double quantile) {
		int index = (int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1);
		return sorted[Math.max(index, 0)] / 1e6;
	}

	private record Result(String phase, String target, int messages, double seconds, double perSecond, double p50, double p99, double max,
			long negative) {

		String line() {
			return String.format(Locale.ROOT, "%-10s %-10s %,8d   %,8.0f   %6.2f   %6.2f   %6.1f   %d", phase, target, messages,
					perSecond, p50, p99, max, negative);
		}
	}
}
