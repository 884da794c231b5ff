package loop.system.entity;

/**
 * The board Loop runs on: its model string ({@code /proc/device-tree/model} or the {@code
 * Model} line of {@code /proc/cpuinfo}, {@code "unknown"} elsewhere), its RAM in bytes ({@code
 * MemTotal}, -1 when unknown) and the firmware's throttle flags.
 */
public record HardwareFigures(String model, long ramTotal, Throttling throttling) {}
