using System.Net;

namespace Fulfillment.Benchmarks.Chaos;

/// <summary>
/// One of the simulator's faults (docs/sp-api-simulator.md, fault injection) armed on every SP-API operation the
/// services call; the fault ends when Amazon's side has used them up (or stopped using them: the feeds operations are
/// only called for a seller's cancellation, which the benchmark's mix has none of), then what is left is disarmed.
/// </summary>
public sealed class AmazonFaults(string kind, Func<ChaosSettings, int> countPerOperation, Func<ChaosSettings, TimeSpan>? delay = null) : Fault
{
    /// <summary>Every SP-API operation OrderImport and TrackingSync call.</summary>
    public static readonly IReadOnlyList<string> Operations =
    [
        "getOrders", "getOrder", "getOrderItems", "getOrderBuyerInfo", "getOrderAddress", "createRestrictedDataToken",
        "confirmShipment", "createFeedDocument", "createFeed", "getFeed", "getFeedDocument",
    ];

    public override string Name => kind switch
    {
        "Throttle" => "Amazon: 429 storm (Throttle)",
        "InternalError" => "Amazon: 500 (InternalError)",
        "ServiceUnavailable" => "Amazon: 503 (ServiceUnavailable)",
        "ConnectionLost" => "Amazon: acted, connection lost",
        "LateAnswer" => "Amazon: acted, answer late",
        _ => $"Amazon: {kind}",
    };

    public override TimeSpan Expected(ChaosSettings settings) => settings.AmazonQuietAfter * 2 + (delay?.Invoke(settings) ?? TimeSpan.Zero) * 3;

    public override async Task<FaultOutcome> RunAsync(ChaosContext context, CancellationToken cancellationToken)
    {
        var startedAt = DateTimeOffset.UtcNow;
        var count = countPerOperation(context.Settings);
        foreach (var operation in Operations)
        {
            await context.Client.SimulatorAsync(HttpMethod.Post, "simulator/faults", new
            {
                operation,
                kind,
                count,
                delayMilliseconds = (int)(delay?.Invoke(context.Settings).TotalMilliseconds ?? 0),
            }, cancellationToken);
        }

        var armed = count * Operations.Count;
        var left = await LeftAsync(context, cancellationToken);
        var lastChange = DateTimeOffset.UtcNow;
        var giveUpAt = DateTimeOffset.UtcNow + context.Settings.CatchUpLimit;
        while (left.Count > 0 && DateTimeOffset.UtcNow - lastChange < context.Settings.AmazonQuietAfter + (delay?.Invoke(context.Settings) ?? TimeSpan.Zero)
               && DateTimeOffset.UtcNow < giveUpAt)
        {
            await Task.Delay(500, cancellationToken);
            var now = await LeftAsync(context, cancellationToken);
            if (now.Values.Sum() != left.Values.Sum())
            {
                lastChange = DateTimeOffset.UtcNow;
            }

            left = now;
        }

        await context.Client.SimulatorAsync(HttpMethod.Delete, "simulator/faults", null, cancellationToken);
        var used = armed - left.Values.Sum();
        var unused = left.Where(operation => operation.Value == count).Select(operation => operation.Key).Order(StringComparer.Ordinal).ToList();
        return new FaultOutcome(startedAt, DateTimeOffset.UtcNow,
            $"{count} armed on each of {Operations.Count} operations, {used} of {armed} struck" +
            (unused.Count > 0 ? $"; never called meanwhile: {string.Join(", ", unused)}" : ""));
    }

    private static async Task<Dictionary<string, int>> LeftAsync(ChaosContext context, CancellationToken cancellationToken)
    {
        using var armed = await context.Client.SimulatorJsonAsync("simulator/faults", cancellationToken);
        return armed.RootElement.GetProperty("faults").EnumerateArray()
            .GroupBy(fault => fault.GetProperty("operation").GetString()!)
            .ToDictionary(group => group.Key, group => group.Sum(fault => fault.GetProperty("remaining").GetInt32()));
    }
}

/// <summary>
/// The same messages delivered again in a burst: the contracts of orders already through the workflow (OrderUnshipped,
/// OrderShipped, CommerceOrderPlaced, ShipmentCreated, ...) re-published by OrderImport and CommerceOrder with their
/// original MessageIds (the operators' republish endpoint, docs/operations.md), three times each, all at once.
/// </summary>
public sealed class DuplicateDelivery : Fault
{
    private const int Times = 3;

    public override string Name => "same messages delivered again (burst)";

    public override TimeSpan Expected(ChaosSettings settings) => TimeSpan.FromSeconds(5);

    public override async Task<FaultOutcome> RunAsync(ChaosContext context, CancellationToken cancellationToken)
    {
        var startedAt = DateTimeOffset.UtcNow;
        var done = context.Orders.Where(order => order.DoneAt is not null && order.AmazonOrderId is not null)
            .Take(context.Settings.DuplicatedOrders).Select(order => order.AmazonOrderId!).ToList();
        var system = context.Settings.System;
        var published = 0;
        var refused = 0;
        await Task.WhenAll(done.SelectMany(id => Enumerable.Repeat(id, Times)).SelectMany(id => new[] { system.OrderImport, system.CommerceOrder }
            .Select(async service =>
            {
                try
                {
                    using var contracts = await context.Client.OperatorPostAsync(service, $"admin/streams/{WebUtility.UrlEncode(id)}/republish", cancellationToken);
                    Interlocked.Add(ref published, contracts.RootElement.GetArrayLength());
                }
                catch (InvalidOperationException)
                {
                    Interlocked.Increment(ref refused);
                }
            })));
        return new FaultOutcome(startedAt, DateTimeOffset.UtcNow,
            $"{published} contracts of {done.Count} finished orders published again ({Times} times each)" + (refused > 0 ? $", {refused} refused" : ""));
    }
}
