using System.Text.Json;
using Fulfillment.Benchmarks.Measurements;
using Fulfillment.Benchmarks.Workflow;

namespace Fulfillment.Benchmarks.Chaos;

/// <summary>
/// <c>deploy/local/fulfillment chaos</c>: the benchmark's orders driven through the whole workflow by the benchmark's
/// driver while <see cref="FaultSchedule"/> breaks the system, then every order checked (the benchmark's consistency
/// check, the stock, the error queues). Prints one table, writes it as JSON, exits 1 when anything was lost, doubled
/// or stuck, or needed an operator.
/// </summary>
public static class ChaosRun
{
    public static async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        ChaosSettings settings;
        try
        {
            settings = ChaosSettings.From(args);
        }
        catch (Exception exception) when (exception is ArgumentException or InvalidOperationException or FormatException)
        {
            Console.Error.WriteLine(exception.Message);
            return 2;
        }

        void Say(string line) => Console.Error.WriteLine($"[{DateTime.UtcNow:HH:mm:ss}] {line}");
        var startedAt = DateTimeOffset.UtcNow;
        // Outages last minutes here: the driver waits for the system longer than any single outage.
        Retry.Limit = settings.PostgresOutage + settings.CatchUpLimit;
        var faults = FaultSchedule.Standard();
        var expected = FaultSchedule.Expected(faults, settings);
        var system = settings.System.PlacementRate > 0
            ? settings.System
            : settings.System with
            {
                PlacementRate = Math.Round(
                    (settings.System.Orders - settings.OrdersPerAmazonFault * faults.OfType<AmazonFaults>().Count()) / expected.TotalSeconds, 2),
            };

        using var client = new SystemClient(system);
        using var management = new RabbitMqManagement(system);
        var tracker = new ProgressTracker(system);
        var run = new WorkflowRun(system, client, tracker) { StallLimit = settings.StallLimit, CancelsToHold = settings.CancelsToHold,
            OrdersKeptForFaults = settings.OrdersPerAmazonFault * faults.OfType<AmazonFaults>().Count(),
        };
        await run.PrepareAsync(cancellationToken);
        await client.SimulatorAsync(HttpMethod.Delete, "simulator/faults", null, cancellationToken);
        var errorQueuesBefore = await management.ErrorQueuesAsync(cancellationToken);
        var orders = OrderPlan.Draw(system.Orders, system.Skus, system.Seed, settings.SellerCancelPercent)
            .Select(planned => new OrderProgress(planned)).ToList();
        var context = new ChaosContext(settings, client, new Launcher(settings.Launcher), run, orders, Say);

        Say($"driving {orders.Count} orders at {system.PlacementRate} orders/s through the workflow while {faults.Count} faults strike (about {expected.TotalSeconds:0} s) ...");
        var workflowStartedAt = DateTimeOffset.UtcNow;
        var schedule = FaultSchedule.RunAsync(faults, context, run, workflowStartedAt, cancellationToken);
        await run.RunAsync(orders, Say, schedule, cancellationToken);
        var records = await schedule;
        var workflowSeconds = (DateTimeOffset.UtcNow - workflowStartedAt).TotalSeconds;

        // The broker's counters are sampled every few seconds: wait for the last sample before reading them.
        await Task.Delay(TimeSpan.FromSeconds(6), cancellationToken);
        var errorQueuesAfter = await Retry.UntilDoneAsync(management.ErrorQueuesAsync, cancellationToken);
        var operatorMessages = errorQueuesAfter
            .Select(queue => (queue.Key, Added: queue.Value - errorQueuesBefore.GetValueOrDefault(queue.Key)))
            .Where(queue => queue.Added > 0)
            .ToDictionary(queue => queue.Key, queue => queue.Added);
        Say("checking every order ...");
        var consistency = await ConsistencyCheck.RunAsync(system, client, orders, cancellationToken);
        var stock = await StockCheck.RunAsync(client, system, orders, WorkflowRun.StockPerSku, cancellationToken);
        var (lost, duplicated, stuck) = ChaosResult.Classify(consistency.Findings);
        var result = new ChaosResult(
            startedAt,
            $"seed {system.Seed}, placed at {system.PlacementRate} orders/s; killed services down {settings.ServiceDown.TotalSeconds:0} s, " +
            $"RabbitMQ down {settings.BrokerOutage.TotalSeconds:0} s, PostgreSQL down {settings.PostgresOutage.TotalSeconds:0} s, " +
            $"late answers {settings.LateAnswer.TotalSeconds:0} s; caught up = every order placed before the fault ended reached its end",
            orders.Count, orders.Count(order => order.DoneAt is not null), workflowSeconds, records, lost, duplicated, stuck, stock,
            operatorMessages, Retry.Repeated, run.FailedReads, [.. run.ShipFailures], [.. run.CancelFailures], consistency.Findings);

        Directory.CreateDirectory(settings.ResultsDirectory);
        var file = Path.Combine(settings.ResultsDirectory, $"chaos-{startedAt:yyyyMMdd-HHmmss}-{orders.Count}.json");
        await File.WriteAllTextAsync(file, JsonSerializer.Serialize(result, new JsonSerializerOptions { WriteIndented = true }), cancellationToken);
        Console.WriteLine(result.Render());
        Console.WriteLine($"Result file: {file}");
        return result.Passed ? 0 : 1;
    }
}
