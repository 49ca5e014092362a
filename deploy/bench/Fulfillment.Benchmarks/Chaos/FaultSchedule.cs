using Fulfillment.Benchmarks.Workflow;

namespace Fulfillment.Benchmarks.Chaos;

/// <summary>One row of the fault table.</summary>
/// <param name="At">Seconds from the start of the workflow to the fault's first act.</param>
/// <param name="Lasted">Seconds from the first act until the broken part was back (or Amazon's faults were used up).</param>
/// <param name="CaughtUpAfter">
/// Seconds from the fault's end until every order placed at Amazon before that end had reached the end its kind
/// promises (the orders blocked for the restock aside); 0 when none was left open; null when not within the limit.
/// </param>
/// <param name="NeverStruck">Operations an Amazon fault was armed on and never struck.</param>
public sealed record FaultRecord(
    string Fault, DateTimeOffset StartedAt, double At, double Lasted, double? CaughtUpAfter, int OpenAtLimit, string Note,
    IReadOnlyList<string> NeverStruck);

/// <summary>
/// Runs the faults one after the other while the orders flow: each fault, then the wait until the system caught up
/// (or the limit), a look at whether a service exited by itself meanwhile (started again, and said so), a gap.
/// </summary>
public static class FaultSchedule
{
    public static IReadOnlyList<Fault> Standard() =>
    [
        // The Amazon faults come after a few other faults each, so that the driver holds seller cancels for them.
        new ServiceKill(ServiceProcess.All[0]),
        new ServiceKill(ServiceProcess.All[2]),
        new ServerOutage("rabbitmq", settings => settings.BrokerOutage),
        new AmazonFaults("InternalError", settings => settings.AmazonFaultsPerOperation),
        new DuplicateDelivery(),
        new ServiceKill(ServiceProcess.All[1]),
        new AmazonFaults("Throttle", settings => settings.ThrottleStormPerOperation),
        new PostgresRestart(),
        new AmazonFaults("ServiceUnavailable", settings => settings.AmazonFaultsPerOperation),
        new ServerOutage("postgres", settings => settings.PostgresOutage),
        new AmazonFaults("ConnectionLost", settings => settings.AmazonFaultsPerOperation),
        new ServiceKill(ServiceProcess.All[3]),
        new AmazonFaults("LateAnswer", settings => settings.AmazonFaultsPerOperation, settings => settings.LateAnswer),
    ];

    public static TimeSpan Expected(IReadOnlyList<Fault> faults, ChaosSettings settings) =>
        faults.Aggregate(TimeSpan.FromSeconds(15), (sum, fault) => sum + fault.Expected(settings) + settings.Gap + TimeSpan.FromSeconds(5));

    public static async Task<IReadOnlyList<FaultRecord>> RunAsync(
        IReadOnlyList<Fault> faults, ChaosContext context, WorkflowRun run, DateTimeOffset workflowStartedAt, CancellationToken cancellationToken)
    {
        var records = new List<FaultRecord>();
        await WarmUpAsync(context, cancellationToken);
        foreach (var fault in faults)
        {
            context.Say($"fault: {fault.Name} ...");
            run.NoteDisturbance();
            var outcome = await fault.RunAsync(context, cancellationToken);
            run.NoteDisturbance();
            var (caughtUp, open) = await CatchUpAsync(context, outcome.EndedAt, cancellationToken);
            var note = outcome.Note + await RestartExitedAsync(context, cancellationToken);
            records.Add(new FaultRecord(fault.Name, outcome.StartedAt, (outcome.StartedAt - workflowStartedAt).TotalSeconds,
                (outcome.EndedAt - outcome.StartedAt).TotalSeconds, caughtUp, open, note, outcome.NeverStruck));
            context.Say($"  lasted {(outcome.EndedAt - outcome.StartedAt).TotalSeconds:0.0} s, " +
                (caughtUp is { } seconds ? $"caught up after {seconds:0.0} s" : $"not caught up within {context.Settings.CatchUpLimit.TotalSeconds:0} s ({open} orders open)") +
                $"; {note}");
            run.NoteDisturbance();
            await Task.Delay(context.Settings.Gap, cancellationToken);
        }

        return records;
    }

    /// <summary>The first orders through before the first fault, so that the flow is known to run.</summary>
    private static async Task WarmUpAsync(ChaosContext context, CancellationToken cancellationToken)
    {
        var until = DateTimeOffset.UtcNow + TimeSpan.FromSeconds(60);
        while (context.Orders.Count(order => order.DoneAt is not null) < 5 && DateTimeOffset.UtcNow < until)
        {
            await Task.Delay(500, cancellationToken);
        }
    }

    private static async Task<(double? CaughtUpAfter, int Open)> CatchUpAsync(
        ChaosContext context, DateTimeOffset endedAt, CancellationToken cancellationToken)
    {
        var affected = CatchUp.Affected(context.Orders, endedAt);
        var giveUpAt = endedAt + context.Settings.CatchUpLimit;
        while (true)
        {
            var open = CatchUp.Open(affected);
            if (open == 0)
            {
                var last = affected.Select(order => order.DoneAt).OfType<DateTimeOffset>().DefaultIfEmpty(endedAt).Max();
                return (Math.Max(0, (last - endedAt).TotalSeconds), 0);
            }

            // A service that exited by itself cannot catch up without help: that is the finding, no need to wait on.
            if (DateTimeOffset.UtcNow > giveUpAt
                || ServiceProcess.All.Any(service => service.LivePid(context.Settings.System.PidsDirectory) is null))
            {
                return (null, open);
            }

            await Task.Delay(500, cancellationToken);
        }
    }

    /// <summary>
    /// A service that exited by itself (not killed by the suite) is started again, as an operator running <c>up</c>
    /// would; the table says so, because without a supervisor it would have stayed down.
    /// </summary>
    private static async Task<string> RestartExitedAsync(ChaosContext context, CancellationToken cancellationToken)
    {
        var notes = "";
        foreach (var service in ServiceProcess.All.Where(service => service.LivePid(context.Settings.System.PidsDirectory) is null))
        {
            var (succeeded, _) = await context.Launcher.StepAsync(cancellationToken, "start-service", service.Name);
            notes += $"; {service.Name} EXITED BY ITSELF, started again by the suite{(succeeded ? "" : " (start failed)")}";
        }

        return notes;
    }
}
