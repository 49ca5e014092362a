using Fulfillment.Benchmarks.Measurements;
using Fulfillment.Benchmarks.Raw;
using Fulfillment.Benchmarks.Replay;
using Fulfillment.Benchmarks.Workflow;

namespace Fulfillment.Benchmarks.Report;

/// <summary>Events appended per order in each service's database, and messages published into the broker per order.</summary>
public sealed record PerOrderCounts(IReadOnlyDictionary<string, double> EventsByService, double Events, double MessagesPublished);

/// <summary>The rebuild of the orders view by the live OrderImport service (its admin endpoint), from every event it holds.</summary>
public sealed record LiveRebuildFigures(string Projection, long Events, double Seconds, double EventsPerSecond);

/// <summary>The whole run: the machine's raw limits, the workflow, consistency and replay, and the ratios between them.</summary>
public sealed record BenchResult(
    DateTimeOffset StartedAt,
    int Cores,
    string LoadAverageAtStart,
    string LoadAverageAtEnd,
    string AmazonLimits,
    int Skus,
    string PlacementRate,
    RawRate PostgresInserts,
    RawRate RabbitMqPersistent,
    WorkflowFigures Workflow,
    PerOrderCounts PerOrder,
    IReadOnlyList<ProcessUsage> Processes,
    int ShipRetries,
    ConsistencyReport Consistency,
    IReadOnlyDictionary<string, long> ErrorQueueMessagesAdded,
    LiveRebuildFigures LiveRebuild,
    IsolatedReplayFigures? Replay)
{
    /// <summary>Sustained orders/s against pgbench's inserts/s (the target: at least 1/20 = 0.05).</summary>
    public double OrdersPerPgbenchInsert => Workflow.SustainedOrdersPerSecond / PostgresInserts.PerSecond;

    public double OrdersPerRabbitMqMessage => Workflow.SustainedOrdersPerSecond / RabbitMqPersistent.PerSecond;
}
