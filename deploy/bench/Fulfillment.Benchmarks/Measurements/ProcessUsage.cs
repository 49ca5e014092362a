using System.Globalization;

namespace Fulfillment.Benchmarks.Measurements;

/// <summary>A process of the system as the benchmark watches it: its pid and whether its children count too.</summary>
public sealed record WatchedProcess(string Name, int Pid, bool WithChildren);

/// <summary>CPU seconds used over an interval and the peak resident memory (VmHWM) of one watched process.</summary>
public sealed record ProcessUsage(string Name, int Pid, double CpuSeconds, double CpuPercentOfOneCore, long PeakResidentKilobytes);

/// <summary>
/// Reads /proc: user + system CPU ticks of a process (with its live children and the reaped ones, for PostgreSQL's
/// backends) and its VmHWM, the highest resident set size since the process started.
/// </summary>
public static class ProcFs
{
    private static readonly double TicksPerSecond = 100;

    public static double CpuSeconds(WatchedProcess process)
    {
        var ticks = OwnTicks(process.Pid, withReapedChildren: process.WithChildren);
        if (process.WithChildren)
        {
            ticks += ChildrenOf(process.Pid).Sum(child => OwnTicks(child, withReapedChildren: false));
        }

        return ticks / TicksPerSecond;
    }

    /// <summary>The process's own peak (for PostgreSQL the postmaster's: its backends share memory, so no sum is honest).</summary>
    public static long PeakResidentKilobytes(WatchedProcess process) => StatusKilobytes(process.Pid, "VmHWM:");

    private static long OwnTicks(int pid, bool withReapedChildren)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            // Fields after the command name, which is in parentheses and may hold spaces.
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            long Field(int number) => long.Parse(fields[number - 3], CultureInfo.InvariantCulture);
            var ticks = Field(14) + Field(15);
            return withReapedChildren ? ticks + Field(16) + Field(17) : ticks;
        }
        catch (IOException)
        {
            return 0;
        }
    }

    private static long StatusKilobytes(int pid, string field)
    {
        try
        {
            var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(candidate => candidate.StartsWith(field, StringComparison.Ordinal));
            return line is null ? 0 : long.Parse(line[field.Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
            return 0;
        }
    }

    private static IEnumerable<int> ChildrenOf(int pid)
    {
        var children = $"/proc/{pid}/task/{pid}/children";
        if (!File.Exists(children))
        {
            return [];
        }

        return File.ReadAllText(children).Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(child => int.Parse(child, CultureInfo.InvariantCulture));
    }
}

/// <summary>CPU of every watched process between <see cref="Start"/> and <see cref="Stop"/>.</summary>
public sealed class CpuWindow(IReadOnlyList<WatchedProcess> processes)
{
    private Dictionary<string, double> _startCpu = [];
    private DateTimeOffset _startedAt;

    public void Start()
    {
        _startedAt = DateTimeOffset.UtcNow;
        _startCpu = processes.ToDictionary(process => process.Name, ProcFs.CpuSeconds);
    }

    public IReadOnlyList<ProcessUsage> Stop()
    {
        var seconds = (DateTimeOffset.UtcNow - _startedAt).TotalSeconds;
        return [.. processes.Select(process =>
        {
            var cpu = ProcFs.CpuSeconds(process) - _startCpu[process.Name];
            return new ProcessUsage(process.Name, process.Pid, cpu, 100 * cpu / seconds, ProcFs.PeakResidentKilobytes(process));
        })];
    }
}
