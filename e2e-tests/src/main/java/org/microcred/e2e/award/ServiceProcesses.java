package org.microcred.e2e.award;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The services bin/services started, found by its pid files ({@code $MICROCRED_STATE_DIR/services/<name>.pid}, and
 * {@code <name>-<k>.pid} for further instances), and what /proc says about each: resident memory and CPU time.
 */
public final class ServiceProcesses {

    /** Linux's USER_HZ, the unit of utime and stime in /proc/<pid>/stat, on every architecture Java runs on here. */
    private static final double TICKS_PER_SECOND = 100.0;

    private final Map<String, Long> pids;

    private ServiceProcesses(Map<String, Long> pids) {
        this.pids = pids;
    }

    public static ServiceProcesses of(Path stateDir) throws IOException {
        Map<String, Long> pids = new LinkedHashMap<>();
        Path dir = stateDir.resolve("services");
        if (Files.isDirectory(dir)) {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".pid")).sorted().toList()) {
                    String name = file.getFileName().toString().replace(".pid", "");
                    pids.put(name, Long.parseLong(Files.readString(file).trim()));
                }
            }
        }
        return new ServiceProcesses(pids);
    }

    /** CPU seconds (user + system) each live service has used so far. */
    public Map<String, Double> cpuSeconds() {
        Map<String, Double> cpu = new LinkedHashMap<>();
        pids.forEach((name, pid) -> read(Path.of("/proc", pid.toString(), "stat")).ifPresent(stat -> {
            // Fields after the command name, which is in parentheses and may hold spaces: utime is 14th, stime 15th.
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            cpu.put(name, (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS_PER_SECOND);
        }));
        return cpu;
    }

    /** VmRSS and VmHWM (the peak) of each live service, in MB. */
    public Map<String, Map<String, Long>> memoryMegabytes() {
        Map<String, Map<String, Long>> memory = new LinkedHashMap<>();
        pids.forEach((name, pid) -> read(Path.of("/proc", pid.toString(), "status")).ifPresent(status -> {
            Map<String, Long> row = new LinkedHashMap<>();
            for (String line : status.split("\n")) {
                for (String field : List.of("VmRSS", "VmHWM")) {
                    if (line.startsWith(field + ":")) {
                        row.put(field + "Mb", Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024);
                    }
                }
            }
            memory.put(name, row);
        }));
        return memory;
    }

    private static Optional<String> read(Path file) {
        try {
            return Optional.of(Files.readString(file));
        } catch (IOException e) {
            return Optional.empty(); // the process has gone
        }
    }
}
