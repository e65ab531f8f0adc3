import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Load generator for the HL7 MLLP listener: several connections, each sending final reports one
 * after the other and waiting for each ACK (as interface engines do), optionally paced to a target
 * rate. Prints durable throughput (every AA means a committed transaction) and ACK latencies.
 *
 * <pre>java bench/MllpLoad.java [host] [port] [connections] [messagesPerConnection] [targetRatePerSecond, 0 = flat out]</pre>
 * Only for a listener on this machine (loopback).
 */
public class MllpLoad {

	public static void main(String[] args) throws Exception {
		String host = args.length > 0 ? args[0] : "127.0.0.1";
		int port = args.length > 1 ? Integer.parseInt(args[1]) : 2575;
		int connections = args.length > 2 ? Integer.parseInt(args[2]) : 8;
		int perConnection = args.length > 3 ? Integer.parseInt(args[3]) : 1000;
		double rate = args.length > 4 ? Double.parseDouble(args[4]) : 0;
		String run = UUID.randomUUID().toString().substring(0, 8);
		long[][] latencies = new long[connections][perConnection];
		AtomicLong refused = new AtomicLong();
		List<Thread> threads = new ArrayList<>();
		long start = System.nanoTime();
		for (int c = 0; c < connections; c++) {
			int connection = c;
			Thread thread = new Thread(() -> {
				try (Socket socket = new Socket(host, port)) {
					socket.setTcpNoDelay(true);
					socket.setSoTimeout(30_000);
					OutputStream out = socket.getOutputStream();
					InputStream in = socket.getInputStream();
					double interval = rate > 0 ? 1e9 * connections / rate : 0;
					for (int i = 0; i < perConnection; i++) {
						if (interval > 0) {
							long due = start + (long) (i * interval) + (long) (connection * interval / connections);
							while (System.nanoTime() < due) {
								Thread.onSpinWait();
							}
						}
						byte[] message = message(run + "-" + connection + "-" + i, (i % 10 == 0) ? "80111" : "D" + (i % 7));
						long sent = System.nanoTime();
						out.write(0x0B);
						out.write(message);
						out.write(new byte[] { 0x1C, 0x0D });
						out.flush();
						String ack = read(in);
						latencies[connection][i] = System.nanoTime() - sent;
						if (!ack.contains("MSA|AA|")) {
							refused.incrementAndGet();
						}
					}
				}
				catch (IOException ex) {
					throw new RuntimeException(ex);
				}
			});
			threads.add(thread);
			thread.start();
		}
		for (Thread thread : threads) {
			thread.join();
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		long[] all = Arrays.stream(latencies).flatMapToLong(Arrays::stream).sorted().toArray();
		System.out.printf("connections=%d messages=%d refused=%d seconds=%.2f throughput=%.0f msg/s%n", connections, all.length,
				refused.get(), seconds, all.length / seconds);
		System.out.printf("ack latency ms: p50=%.1f p90=%.1f p99=%.1f max=%.1f%n", all[all.length / 2] / 1e6,
				all[(int) (all.length * 0.9)] / 1e6, all[(int) (all.length * 0.99)] / 1e6, all[all.length - 1] / 1e6);
	}

	private static byte[] message(String id, String radiologist) {
		String text = "MSH|^~\\&|BENCH|LGH|PEERLEARNING|PL|20260115103000||ORU^R01^ORU_R01|" + id + "|P|2.5.1\r"
				+ "PID|1||MRN" + id + "^^^LGH^MR||BENCH^PATIENT||19700101|F\r"
				+ "ORC|RE||A" + id + "\r"
				+ "OBR|1||A" + id + "|CT100^CT HEAD WITHOUT CONTRAST|||20260115090000||||||||^^^HEAD|||||||20260115103000||CT|F|||||||"
				+ radiologist + "^Reader^Bench\r"
				+ "OBX|1|TX|&GDT||FINDINGS: No acute intracranial hemorrhage, mass effect or midline shift.||||||F\r"
				+ "OBX|2|TX|&GDT||The ventricles and sulci are normal for age. No extra-axial collection.||||||F\r"
				+ "OBX|3|TX|&IMP||IMPRESSION: No acute intracranial abnormality.||||||F\r"
				+ "ZDS|1.2.840.99." + Math.abs(id.hashCode()) + "^BENCH^APPLICATION^DICOM\r";
		return text.getBytes(StandardCharsets.US_ASCII);
	}

	private static String read(InputStream in) throws IOException {
		int b;
		while ((b = in.read()) != 0x0B) {
			if (b < 0) {
				throw new IOException("closed");
			}
		}
		ByteArrayOutputStream ack = new ByteArrayOutputStream(256);
		while ((b = in.read()) != 0x1C) {
			if (b < 0) {
				throw new IOException("closed");
			}
			ack.write(b);
		}
		in.read();
		return ack.toString(StandardCharsets.US_ASCII);
	}
}
