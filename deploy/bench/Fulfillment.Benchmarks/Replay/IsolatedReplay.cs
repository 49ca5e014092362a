using System.Diagnostics;
using Fulfillment.Benchmarks.Measurements;
using Fulfillment.OrderImport.OrdersView;
using Marten;

namespace Fulfillment.Benchmarks.Replay;

/// <summary>The rebuild of the orders view from N events in a database of its own, and where its CPU went.</summary>
public sealed record IsolatedReplayFigures(
    string Projection,
    long Events,
    long Streams,
    int TemplateStreams,
    double SeedSeconds,
    double Seconds,
    double EventsPerSecond,
    string LoadAverageBefore,
    string LoadAverageAfter,
    IReadOnlyList<ProcessUsage> Processes,
    ReplayCheckReport Check);

/// <summary>
/// Measures what issue 8 asks of a rebuild at a size the workflow run does not reach: copies real OrderImport order
/// streams into <see cref="ReplayDatabase"/> until it holds N events, then rebuilds OrderSummaryProjection there with
/// Marten's projection daemon in this process, configured as OrderImport configures it, and times only the rebuild.
/// </summary>
public static class IsolatedReplay
{
    private const string Projection = nameof(OrderSummary);
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(30);

    /// <param name="templateKeys">The order streams to copy, or null for the newest <see cref="BenchSettings.Orders"/>.</param>
    public static async Task<IsolatedReplayFigures> RunAsync(
        BenchSettings settings, IReadOnlyCollection<string>? templateKeys, Action<string> say, CancellationToken cancellationToken)
    {
        IsolatedReplayFigures figures;
        await using (var store = await ReplayDatabase.RecreateAsync(settings, cancellationToken))
        {
            figures = await MeasureAsync(settings, store, templateKeys, say, cancellationToken);
        }

        if (figures.Check.Passed)
        {
            await ReplayDatabase.DropAsync(settings, cancellationToken);
        }
        else
        {
            say($"  the check failed: {ReplayDatabase.Name} is kept to look at");
        }

        return figures;
    }

    private static async Task<IsolatedReplayFigures> MeasureAsync(
        BenchSettings settings, DocumentStore store, IReadOnlyCollection<string>? templateKeys, Action<string> say,
        CancellationToken cancellationToken)
    {
        var liveConnection = settings.Database("fulfillment_order_import");
        var replayConnection = settings.Database(ReplayDatabase.Name);
        var templates = await TemplateStreams.ReadAsync(liveConnection, templateKeys, settings.Orders, cancellationToken);
        say($"  seeding {ReplayDatabase.Name} with {settings.ReplayEvents} events copied from {templates.Streams.Count} " +
            $"live order streams ({templates.Events.Count} events) ...");
        var seeded = await ReplaySeed.CopyAsync(replayConnection, templates, settings.ReplayEvents, cancellationToken);
        say($"  {seeded.Streams} streams in {seeded.Seconds:0.0} s; rebuilding {Projection} ...");

        var watched = new[]
        {
            new WatchedProcess("postgresql (all backends)", settings.PostgresPid, true),
            new WatchedProcess("benchmark (Marten daemon)", Environment.ProcessId, false),
        };
        var cpu = new CpuWindow(watched);
        var loadBefore = LoadAverage.Now();
        cpu.Start();
        var clock = Stopwatch.StartNew();
        using (var daemon = await store.BuildProjectionDaemonAsync())
        {
            await daemon.RebuildProjectionAsync(Projection, Timeout, cancellationToken);
        }

        var seconds = clock.Elapsed.TotalSeconds;
        var processes = cpu.Stop();
        var loadAfter = LoadAverage.Now();
        say($"  {seeded.Events} events in {seconds:0.00} s; checking the summaries ...");

        var summaryTable = ((IDocumentStore)store).Options.FindOrResolveDocumentType(typeof(OrderSummary)).TableName.QualifiedName;
        var check = await ReplayCheck.RunAsync(
            replayConnection, liveConnection, summaryTable, templates, seeded, cancellationToken);
        return new IsolatedReplayFigures(
            Projection, seeded.Events, seeded.Streams, templates.Streams.Count, seeded.Seconds, seconds, seeded.Events / seconds,
            loadBefore, loadAfter, processes, check);
    }
}
