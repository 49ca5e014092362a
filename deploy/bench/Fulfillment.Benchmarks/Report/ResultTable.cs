using System.Globalization;
using System.Text;
using Fulfillment.Benchmarks.Measurements;
using Fulfillment.Benchmarks.Replay;

namespace Fulfillment.Benchmarks.Report;

/// <summary>The one table the benchmark prints.</summary>
public static class ResultTable
{
    public static string Render(BenchResult result)
    {
        var table = new StringBuilder();
        void Row(string name, string value) => AppendRow(table, name, value);
        void Heading(string text) => table.AppendLine(CultureInfo.InvariantCulture, $"{text}");
        string Ms(Percentiles p) => p.Count == 0 ? "-" : string.Create(CultureInfo.InvariantCulture,
            $"p50 {p.P50,7:0} ms  p95 {p.P95,7:0} ms  p99 {p.P99,7:0} ms  (n={p.Count})");

        var workflow = result.Workflow;
        Heading($"Fulfillment benchmark, {result.StartedAt:yyyy-MM-dd HH:mm:ss}Z, {result.Cores} cores, load average {result.LoadAverageAtStart} -> {result.LoadAverageAtEnd}");
        Heading($"Amazon: {result.AmazonLimits}");
        Heading("Raw limits of this machine (same run)");
        Row(result.PostgresInserts.Name, F($"{result.PostgresInserts.PerSecond:0} tx/s  ({result.PostgresInserts.Conditions})"));
        Row(result.RabbitMqPersistent.Name, F($"{result.RabbitMqPersistent.PerSecond:0} msg/s, consumed {result.RabbitMqPersistent.SecondaryPerSecond:0} msg/s"));
        Heading($"Workflow: {workflow.Orders} orders over {result.Skus} SKUs, placed {result.PlacementRate} (80 % MFN 1-3 lines incl. 5 % blocked then restocked and 5 % canceled while Pending, 20 % FBA)");
        Row("orders done", F($"{workflow.Done} of {workflow.Orders}"));
        Row("placement at Amazon took", F($"{workflow.PlacementSeconds:0.0} s ({workflow.Orders / workflow.PlacementSeconds:0.0} orders/s offered)"));
        Row("first order placed -> last order done", F($"{workflow.WallSeconds:0.0} s"));
        Row("sustained end-to-end throughput (10 %-90 % of completions)", F($"{workflow.SustainedOrdersPerSecond:0.0} orders/s"));
        Row("overall end-to-end throughput", F($"{workflow.OverallOrdersPerSecond:0.0} orders/s"));
        Row("Unshipped visible to a poll -> Commerce order placed (MFN)", Ms(workflow.UnshippedVisibleToPlaced));
        Row("  the same, orders verified within the sustained window", Ms(workflow.UnshippedVisibleToPlacedSustained));
        Row("shipment recorded -> Amazon confirmation accepted", Ms(workflow.ShipmentToAmazonConfirmation));
        Heading("Where the time goes (per stage)");
        foreach (var stage in workflow.Stages)
        {
            Row(stage.Stage, Ms(stage.Milliseconds));
        }

        Heading("Per order");
        foreach (var (service, events) in result.PerOrder.EventsByService)
        {
            Row($"events appended, {service}", F($"{events:0.00}"));
        }

        Row("events appended, all services", F($"{result.PerOrder.Events:0.00}"));
        Row("messages published to RabbitMQ", F($"{result.PerOrder.MessagesPublished:0.00}"));
        Heading("Processes during the workflow (CPU: share of one core; peak RSS: VmHWM since start)");
        foreach (var process in result.Processes)
        {
            Row(F($"{process.Name} (pid {process.Pid})"),
                F($"CPU {process.CpuSeconds,7:0.0} s = {process.CpuPercentOfOneCore,5:0} %   peak RSS {process.PeakResidentKilobytes / 1024.0,6:0} MiB"));
        }

        Row("ship requests sent again (409 or failure)", F($"{result.ShipRetries}"));
        Heading("Consistency");
        Row("orders consistent", F($"{result.Consistency.Consistent} of {result.Consistency.Checked}"));
        foreach (var problem in result.Consistency.Problems.Take(10))
        {
            Row("problem", problem);
        }

        foreach (var (queue, added) in result.ErrorQueueMessagesAdded)
        {
            Row(F($"messages moved to {queue} during the run"), F($"{added}"));
        }

        Heading("Replay");
        Row(F($"live service rebuild of {result.LiveRebuild.Projection} from {result.LiveRebuild.Events} events"),
            F($"{result.LiveRebuild.Seconds:0.00} s = {result.LiveRebuild.EventsPerSecond:0} events/s"));
        if (result.Replay is { } replay)
        {
            ReplayRows(table, replay);
        }

        Heading("Ratios");
        Row("sustained orders/s / pgbench inserts/s (target >= 0.05)", F($"{result.OrdersPerPgbenchInsert:0.0000}  (1/{1 / result.OrdersPerPgbenchInsert:0})"));
        Row("sustained orders/s / RabbitMQ persistent msg/s", F($"{result.OrdersPerRabbitMqMessage:0.0000}  (1/{1 / result.OrdersPerRabbitMqMessage:0})"));
        return table.ToString();
    }

    /// <summary>The replay benchmark alone (<c>bench --replay-only</c>).</summary>
    public static string Render(IsolatedReplayFigures replay, int cores)
    {
        var table = new StringBuilder();
        table.AppendLine(F($"Fulfillment replay benchmark, {cores} cores"));
        ReplayRows(table, replay);
        return table.ToString();
    }

    private static void ReplayRows(StringBuilder table, IsolatedReplayFigures replay)
    {
        void Row(string name, string value) => AppendRow(table, name, value);
        Row(F($"rebuild of {replay.Projection} from {replay.Events} events, database of its own"),
            F($"{replay.Seconds:0.00} s = {replay.EventsPerSecond:0} events/s  (load average {replay.LoadAverageBefore} -> {replay.LoadAverageAfter})"));
        Row("  seeded with", F($"{replay.Streams} order streams, copies of {replay.TemplateStreams} live ones, in {replay.SeedSeconds:0.0} s"));
        foreach (var process in replay.Processes)
        {
            Row(F($"  CPU of {process.Name} during the rebuild"),
                F($"{process.CpuSeconds,7:0.0} s = {process.CpuPercentOfOneCore,5:0} % of one core"));
        }

        Row("  summaries rebuilt / streams seeded", F($"{replay.Check.Documents} / {replay.Check.Streams}"));
        Row("  copies equal to their template's live summary", F($"{replay.Check.Compared - replay.Check.Unequal} of {replay.Check.Compared}"));
        foreach (var example in replay.Check.Examples)
        {
            Row("  differs", example);
        }
    }

    private static void AppendRow(StringBuilder table, string name, string value) =>
        table.AppendLine(CultureInfo.InvariantCulture, $"  {name,-66} {value}");

    private static string F(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
