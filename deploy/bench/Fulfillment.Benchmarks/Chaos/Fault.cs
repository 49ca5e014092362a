using Fulfillment.Benchmarks.Workflow;

namespace Fulfillment.Benchmarks.Chaos;

/// <summary>What the faults act with: the settings, the driver's client, the launcher, the orders in flight.</summary>
public sealed record ChaosContext(
    ChaosSettings Settings, SystemClient Client, Launcher Launcher, WorkflowRun Run, IReadOnlyList<OrderProgress> Orders, Action<string> Say);

/// <summary>When a fault began (first act) and ended (the broken part is back, or the faults are used up), and what it saw.</summary>
public sealed record FaultOutcome(DateTimeOffset StartedAt, DateTimeOffset EndedAt, string Note)
{
    /// <summary>Operations an Amazon fault was armed on but never struck: the fault proved nothing about them.</summary>
    public IReadOnlyList<string> NeverStruck { get; init; } = [];
}

/// <summary>One fault of the schedule: it breaks something, holds, and puts it back the way <c>up</c> would.</summary>
public abstract class Fault
{
    public abstract string Name { get; }

    /// <summary>About how long it takes, to spread the orders over the schedule.</summary>
    public abstract TimeSpan Expected(ChaosSettings settings);

    public abstract Task<FaultOutcome> RunAsync(ChaosContext context, CancellationToken cancellationToken);

    /// <summary>Starts a service again through the launcher, which starts none when one runs already.</summary>
    protected static async Task<string> StartServiceAsync(ChaosContext context, ServiceProcess service, CancellationToken cancellationToken)
    {
        var (succeeded, output) = await context.Launcher.StepAsync(cancellationToken, "start-service", service.Name);
        var pid = service.LivePid(context.Settings.System.PidsDirectory);
        return succeeded
            ? output.Contains("already running", StringComparison.Ordinal) ? $"already back (pid {pid})" : $"started again (pid {pid})"
            : $"start failed: {LastLine(output)}";
    }

    protected static async Task<string> StepAsync(ChaosContext context, CancellationToken cancellationToken, params string[] step)
    {
        var (succeeded, output) = await context.Launcher.StepAsync(cancellationToken, step);
        return succeeded ? "" : $"{string.Join(' ', step)} failed: {LastLine(output)}; ";
    }

    private static string LastLine(string output) =>
        output.Split('\n', StringSplitOptions.RemoveEmptyEntries).LastOrDefault()?.Trim() ?? "(no output)";
}

/// <summary><c>kill -9</c> of a service's dotnet process; after a moment it is started again as <c>up</c> would.</summary>
public sealed class ServiceKill(ServiceProcess service) : Fault
{
    public override string Name => $"kill -9 {service.Name}";

    public override TimeSpan Expected(ChaosSettings settings) => settings.ServiceDown + TimeSpan.FromSeconds(10);

    public override async Task<FaultOutcome> RunAsync(ChaosContext context, CancellationToken cancellationToken)
    {
        var startedAt = DateTimeOffset.UtcNow;
        var pid = service.LivePid(context.Settings.System.PidsDirectory);
        var note = "";
        if (pid is { } live)
        {
            System.Diagnostics.Process.GetProcessById(live).Kill(); // SIGKILL on Linux
            note = $"pid {live} killed; ";
        }
        else
        {
            note = "was not running; ";
        }

        await Task.Delay(context.Settings.ServiceDown, cancellationToken);
        note += await StartServiceAsync(context, service, cancellationToken);
        return new FaultOutcome(startedAt, DateTimeOffset.UtcNow, note);
    }
}

/// <summary>A server stopped and, after the outage, started again: RabbitMQ, or PostgreSQL (clean stop).</summary>
public sealed class ServerOutage(string server, Func<ChaosSettings, TimeSpan> outage) : Fault
{
    public override string Name => $"{(server == "postgres" ? "PostgreSQL" : "RabbitMQ")} stopped";

    public override TimeSpan Expected(ChaosSettings settings) => outage(settings) + TimeSpan.FromSeconds(15);

    public override async Task<FaultOutcome> RunAsync(ChaosContext context, CancellationToken cancellationToken)
    {
        var startedAt = DateTimeOffset.UtcNow;
        var note = await StepAsync(context, cancellationToken, $"stop-{server}");
        await Task.Delay(outage(context.Settings), cancellationToken);
        note += await StepAsync(context, cancellationToken, $"start-{server}");
        return new FaultOutcome(startedAt, DateTimeOffset.UtcNow, note + $"down {outage(context.Settings).TotalSeconds:0} s");
    }
}

/// <summary>PostgreSQL stopped at once (immediate mode: no checkpoint, every connection cut) and started again.</summary>
public sealed class PostgresRestart : Fault
{
    public override string Name => "PostgreSQL restarted (immediate)";

    public override TimeSpan Expected(ChaosSettings settings) => TimeSpan.FromSeconds(10);

    public override async Task<FaultOutcome> RunAsync(ChaosContext context, CancellationToken cancellationToken)
    {
        var startedAt = DateTimeOffset.UtcNow;
        var note = await StepAsync(context, cancellationToken, "restart-postgres");
        return new FaultOutcome(startedAt, DateTimeOffset.UtcNow, note);
    }
}
