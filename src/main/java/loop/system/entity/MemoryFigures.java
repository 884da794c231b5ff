package loop.system.entity;

/**
 * Memory of the device and of this process, in bytes; -1 where the OS does not tell. The
 * process figures come from {@code /proc/self/status} ({@code VmRSS}, {@code VmHWM}), the
 * device's from {@code /proc/meminfo}. {@code lowMemoryMode} says whether caches and workers are
 * kept small ({@code memoryMode}: the {@code loop.memory.low-mode} setting), with the sizes
 * that follow.
 */
public record MemoryFigures(
    long heapUsed,
    long heapMax,
    long nonHeapUsed,
    long processRss,
    long processPeakRss,
    long deviceTotal,
    long deviceAvailable,
    long heapCommitted,
    long nonHeapCommitted,
    boolean lowMemoryMode,
    String memoryMode,
    int openPacks,
    int conversionWorkers) {}
