using System.Text.Json;
using Fulfillment.Benchmarks;
using Fulfillment.Benchmarks.Measurements;
using Fulfillment.Benchmarks.Raw;
using Fulfillment.Benchmarks.Replay;
using Fulfillment.Benchmarks.Report;
using Fulfillment.Benchmarks.Workflow;

if (args.FirstOrDefault() == "chaos")
{
    using var stopChaos = new CancellationTokenSource();
    Console.CancelKeyPress += (_, eventArgs) =>
    {
        eventArgs.Cancel = true;
        stopChaos.Cancel();
    };
    return await Fulfillment.Benchmarks.Chaos.ChaosRun.RunAsync(args[1..], stopChaos.Token);
}

BenchSettings settings;
try
{
    settings = BenchSettings.From(args);
}
catch (Exception exception) when (exception is ArgumentException or InvalidOperationException or FormatException)
{
    Console.Error.WriteLine(exception.Message);
    return 2;
}

using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, eventArgs) =>
{
    eventArgs.Cancel = true;
    cancel.Cancel();
};
void Say(string line) => Console.Error.WriteLine($"[{DateTime.UtcNow:HH:mm:ss}] {line}");

var startedAt = DateTimeOffset.UtcNow;
var jsonOptions = new JsonSerializerOptions
{
    WriteIndented = true,
    NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals,
};
if (settings.ReplayOnly)
{
    Say($"rebuilding the orders view from {settings.ReplayEvents} events in a database of their own ...");
    var alone = await IsolatedReplay.RunAsync(settings, templateKeys: null, Say, cancel.Token);
    Directory.CreateDirectory(settings.ResultsDirectory);
    var replayFile = Path.Combine(settings.ResultsDirectory, $"replay-{startedAt:yyyyMMdd-HHmmss}-{settings.ReplayEvents}.json");
    await File.WriteAllTextAsync(replayFile, JsonSerializer.Serialize(alone, jsonOptions), cancel.Token);
    Console.WriteLine(ResultTable.Render(alone, Environment.ProcessorCount));
    Console.WriteLine($"Result file: {replayFile}");
    return alone.Check.Passed ? 0 : 1;
}

using var client = new SystemClient(settings);
var loadAtStart = LoadAverage.Now();

Say($"pgbench insert-only, {settings.RawRunLength.TotalSeconds:0} s ...");
var postgres = await PostgresInsertBaseline.RunAsync(settings, cancel.Token);
Say($"  {postgres.PerSecond:0} tx/s");
Say($"RabbitMQ persistent publish/consume with confirms, {settings.RawRunLength.TotalSeconds:0} s ...");
var rabbitMq = await RabbitMqPersistentBaseline.RunAsync(settings, cancel.Token);
Say($"  {rabbitMq.PerSecond:0} msg/s published, {rabbitMq.SecondaryPerSecond:0} msg/s consumed");

var services = new[] { "order-import", "customer-provisioning", "commerce-order", "tracking-sync", "sp-api-simulator" };
var watched = services
    .Select(name => new WatchedProcess(name, PidOf(name) ?? throw new InvalidOperationException($"No pid file for {name}."), false))
    .Append(new WatchedProcess("postgresql (all backends)", settings.PostgresPid, true))
    .Append(new WatchedProcess("rabbitmq", settings.RabbitMqPid, false))
    .Append(new WatchedProcess("benchmark driver", Environment.ProcessId, false))
    .Concat(TraceDashboard())
    .ToList();
var databases = new Dictionary<string, (string Database, string Schema)>
{
    ["OrderImport"] = ("fulfillment_order_import", "order_import"),
    ["CustomerProvisioning"] = ("fulfillment_customer_provisioning", "customer_provisioning"),
    ["CommerceOrder"] = ("fulfillment_commerce_order", "commerce_order"),
    ["TrackingSync"] = ("fulfillment_tracking_sync", "tracking_sync"),
};

var tracker = new ProgressTracker(settings);
var run = new WorkflowRun(settings, client, tracker);
using var management = new RabbitMqManagement(settings);
await run.PrepareAsync(cancel.Token);
var plan = OrderPlan.Draw(settings.Orders, settings.Skus, settings.Seed);
var eventsBefore = await CountEventsAsync();
var publishedBefore = await management.PublishedSoFarAsync(cancel.Token);
var errorQueuesBefore = await management.ErrorQueuesAsync(cancel.Token);
var cpu = new CpuWindow(watched);
Say($"driving {settings.Orders} orders through the workflow ...");
cpu.Start();
var workflowStartedAt = DateTimeOffset.UtcNow;
var placedAllAt = workflowStartedAt;
var orders = await run.RunAsync(plan, line =>
{
    if (line.StartsWith("all ", StringComparison.Ordinal))
    {
        placedAllAt = DateTimeOffset.UtcNow;
    }

    Say(line);
}, cancel.Token);
var processes = cpu.Stop();
// The broker's counters are sampled every few seconds: wait for the last sample before reading them.
await Task.Delay(TimeSpan.FromSeconds(6), cancel.Token);
var publishedAfter = await management.PublishedSoFarAsync(cancel.Token);
var errorQueuesAfter = await management.ErrorQueuesAsync(cancel.Token);
var errorQueueMessagesAdded = errorQueuesAfter
    .Select(queue => (queue.Key, Added: queue.Value - errorQueuesBefore.GetValueOrDefault(queue.Key)))
    .Where(queue => queue.Added > 0)
    .ToDictionary(queue => queue.Key, queue => queue.Added);
var eventsAfter = await CountEventsAsync();
var figures = WorkflowFigures.From(orders, workflowStartedAt, placedAllAt);
var eventsByService = databases.Keys.ToDictionary(service => service, service => (eventsAfter[service] - eventsBefore[service]) / (double)orders.Count);
var perOrder = new PerOrderCounts(eventsByService, eventsByService.Values.Sum(), (publishedAfter - publishedBefore) / (double)orders.Count);

Say("checking every order ...");
var consistency = await ConsistencyCheck.RunAsync(settings, client, orders, cancel.Token);
Say($"  {consistency.Consistent} of {consistency.Checked} consistent");

Say("rebuilding the orders view (OrderSummary) from every OrderImport event, by the live service ...");
using var rebuild = await client.RebuildAsync("OrderSummary", cancel.Token);
var rebuildEvents = rebuild.RootElement.GetProperty("events").GetInt64();
var rebuildSeconds = rebuild.RootElement.GetProperty("seconds").GetDouble();
var liveRebuild = new LiveRebuildFigures("OrderSummary", rebuildEvents, rebuildSeconds, rebuildEvents / rebuildSeconds);

IsolatedReplayFigures? replay = null;
if (settings.ReplayEvents > 0)
{
    Say($"rebuilding the orders view from {settings.ReplayEvents} events (copies of this run's orders) in a database of their own ...");
    var templateKeys = orders.Select(order => order.AmazonOrderId).OfType<string>().ToList();
    replay = await IsolatedReplay.RunAsync(settings, templateKeys, Say, cancel.Token);
}

var result = new BenchResult(
    startedAt, Environment.ProcessorCount, loadAtStart, LoadAverage.Now(),
    $"simulator usage plans x{settings.AmazonLimitsMultiplier}, getOrders lists a change after {settings.AmazonDataDelay.TotalSeconds:0} s (Amazon: 2 min), OrderImport polls every {settings.PollInterval.TotalMilliseconds:0} ms with a {settings.PollOverlap.TotalSeconds:0.#} s overlap (Amazon's getOrders plan: once a minute); " +
    (settings.TracesExported ? "traces and metrics exported to the trace dashboard" : "spans and metrics made but not exported (FULFILLMENT_BENCH_TRACES=1 exports them)"),
    settings.Skus, settings.PlacementRate > 0 ? $"at {settings.PlacementRate} orders/s" : "as fast as the simulator takes them",
    postgres, rabbitMq, figures, perOrder, processes, run.ShipRetries, consistency, errorQueueMessagesAdded, liveRebuild, replay);
Directory.CreateDirectory(settings.ResultsDirectory);
var file = Path.Combine(settings.ResultsDirectory, $"bench-{startedAt:yyyyMMdd-HHmmss}-{settings.Orders}.json");
await File.WriteAllTextAsync(file, JsonSerializer.Serialize(result, jsonOptions), cancel.Token);
Console.WriteLine(ResultTable.Render(result));
Console.WriteLine($"Result file: {file}");
return consistency.Consistent == consistency.Checked && replay?.Check.Passed != false ? 0 : 1;

async Task<Dictionary<string, long>> CountEventsAsync()
{
    var counts = new Dictionary<string, long>();
    foreach (var (service, (database, schema)) in databases)
    {
        counts[service] = await EventFeed.CountAllAsync(settings.Database(database), schema, cancel.Token);
    }

    return counts;
}

// The trace dashboard takes every service's spans on the same cores; where it runs, its share is shown too.
IEnumerable<WatchedProcess> TraceDashboard() =>
    PidOf("dashboard") is { } pid && Directory.Exists($"/proc/{pid}")
        ? [new WatchedProcess("trace dashboard (OTLP receiver)", pid, false)]
        : [];

// The pid the launcher wrote for one of the processes it started.
int? PidOf(string name)
{
    var pidFile = Path.Combine(settings.PidsDirectory, $"{name}.pid");
    return File.Exists(pidFile) && int.TryParse(File.ReadAllText(pidFile).Trim(), out var pid) ? pid : null;
}
