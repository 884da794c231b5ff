package loop.system.entity;

/** Memory of the device and of this process, in bytes; -1 where the OS does not tell. */
public record MemoryFigures(
    long heapUsed,
    long heapMax,
    long nonHeapUsed,
    long processRss,
    long processPeakRss,
    long deviceTotal,
    long deviceAvailable) {}
