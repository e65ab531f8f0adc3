package org.peerlearning.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Locale;

import org.peerlearning.deidentification.DicomDeidentifier;
import org.peerlearning.deidentification.DicomProfileOptions;
import org.peerlearning.deidentification.dicom.SyntheticDicom;

/**
 * Throughput of DICOM de-identification on large multi-frame files against a plain file copy of
 * the same file in the same run (Files.copy, which the kernel does), and against a Java stream copy
 * through a 64 kB buffer (the floor for anything reading an InputStream). Run with {@code bench/dicom-deid.sh} (see bench/README.md).
 * Arguments: native frames (default 800 frames of 512x512x16 bits, 419 MB), encapsulated
 * fragments (default 2000 of 150 kB, 300 MB), rounds (default 3).
 */
public final class DicomDeidentificationBenchmark {

	private DicomDeidentificationBenchmark() {
	}

	public static void main(String[] args) throws IOException {
		int frames = args.length > 0 ? Integer.parseInt(args[0]) : 800;
		int fragments = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
		int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
		Path directory = Files.createDirectories(Path.of("target/bench"));
		Path nativeFile = directory.resolve("native-multiframe.dcm");
		Path encapsulatedFile = directory.resolve("encapsulated-multiframe.dcm");
		try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(nativeFile), 1 << 16)) {
			SyntheticDicom.writeNative(out, frames, 512, 512);
		}
		try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(encapsulatedFile), 1 << 16)) {
			SyntheticDicom.writeEncapsulated(out, fragments, 150_000);
		}
		DicomDeidentifier deidentifier = new DicomDeidentifier(
				"benchmark-secret-not-for-production".getBytes(StandardCharsets.UTF_8));
		System.out.printf(Locale.ROOT, "max heap %d MB, %d rounds, best round reported%n",
				Runtime.getRuntime().maxMemory() >> 20, rounds);
		measure("native 512x512x16, " + frames + " frames", nativeFile, deidentifier, rounds);
		measure("JPEG 2000, " + fragments + " fragments", encapsulatedFile, deidentifier, rounds);
		Files.deleteIfExists(directory.resolve("copy.dcm"));
		Files.deleteIfExists(directory.resolve("deidentified.dcm"));
	}

	private static void measure(String label, Path input, DicomDeidentifier deidentifier, int rounds)
			throws IOException {
		Path copy = input.resolveSibling("copy.dcm");
		Path output = input.resolveSibling("deidentified.dcm");
		double megabytes = Files.size(input) / 1e6;
		double[] copySeconds = new double[rounds];
		double[] deidSeconds = new double[rounds];
		double[] streamSeconds = new double[rounds];
		double[] fileSeconds = new double[rounds];
		for (int round = 0; round < rounds; round++) {
			long start = System.nanoTime();
			Files.copy(input, copy, StandardCopyOption.REPLACE_EXISTING);
			copySeconds[round] = (System.nanoTime() - start) / 1e9;
			start = System.nanoTime();
			try (InputStream in = Files.newInputStream(input); OutputStream out = Files.newOutputStream(copy)) {
				byte[] buffer = new byte[64 * 1024];
				int n;
				while ((n = in.read(buffer)) > 0) {
					out.write(buffer, 0, n);
				}
			}
			streamSeconds[round] = (System.nanoTime() - start) / 1e9;
			start = System.nanoTime();
			try (InputStream in = Files.newInputStream(input); OutputStream out = Files.newOutputStream(output)) {
				deidentifier.deidentify(in, out, DicomProfileOptions.basic(), "bench-case");
			}
			deidSeconds[round] = (System.nanoTime() - start) / 1e9;
			start = System.nanoTime();
			deidentifier.deidentify(input, output, DicomProfileOptions.basic(), "bench-case");
			fileSeconds[round] = (System.nanoTime() - start) / 1e9;
		}
		double copyRate = megabytes / Arrays.stream(copySeconds).min().orElseThrow();
		double streamRate = megabytes / Arrays.stream(streamSeconds).min().orElseThrow();
		double deidRate = megabytes / Arrays.stream(deidSeconds).min().orElseThrow();
		double fileRate = megabytes / Arrays.stream(fileSeconds).min().orElseThrow();
		System.out.printf(Locale.ROOT, "%s, %.1f MB%n", label, megabytes);
		System.out.printf(Locale.ROOT, "  file copy (Files.copy)            %6.0f MB/s%n", copyRate);
		System.out.printf(Locale.ROOT, "  stream copy (64 kB buffer)        %6.0f MB/s%n", streamRate);
		System.out.printf(Locale.ROOT, "  de-identify, streams              %6.0f MB/s  ratio to file copy %.2f, to stream copy %.2f%n",
				deidRate, deidRate / copyRate, deidRate / streamRate);
		System.out.printf(Locale.ROOT, "  de-identify, file to file (Path)  %6.0f MB/s  ratio to file copy %.2f%n", fileRate,
				fileRate / copyRate);
	}
}
