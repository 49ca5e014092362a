namespace Fulfillment.Benchmarks.Measurements;

/// <summary>The machine's 1, 5 and 15 minute load averages, as uptime prints them: the machine may be shared.</summary>
public static class LoadAverage
{
    public static string Now() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";
}
