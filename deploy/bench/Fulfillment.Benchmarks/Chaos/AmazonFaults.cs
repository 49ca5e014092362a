using System.Net;

namespace Fulfillment.Benchmarks.Chaos;

/// <summary>
/// One of the simulator's faults (docs/sp-api-simulator.md, fault injection) armed on every SP-API operation the
/// services call and on Login With Amazon's token endpoint, kept armed until it struck each of them at least once
/// (<see cref="FaultStrikes"/>), then what is left is disarmed. The operations are called meanwhile because the
/// orders keep flowing (imports, buyers, shipments), the clients renew their tokens every few seconds under
/// <c>FULFILLMENT_BENCH=1</c>, the driver's seller cancels kept for this moment go to Amazon now (the Feeds API), and
/// one order's items are answered unreadably, so that OrderImport retries that import problem with <c>getOrder</c>.
/// </summary>
public sealed class AmazonFaults(string kind, Func<ChaosSettings, int> countPerOperation, Func<ChaosSettings, TimeSpan>? delay = null) : Fault
{
    /// <summary>Every SP-API operation OrderImport and TrackingSync call, and LWA's token endpoint.</summary>
    public static readonly IReadOnlyList<string> Operations =
    [
        "lwaToken", "getOrders", "getOrder", "getOrderItems", "getOrderBuyerInfo", "getOrderAddress", "createRestrictedDataToken",
        "confirmShipment", "createFeedDocument", "createFeed", "getFeed", "getFeedDocument",
    ];

    /// <summary>The operation whose first answer is cut short, and the fault kind that does it.</summary>
    private const string UnreadableOperation = "getOrderItems";
    private const string UnreadableKind = "Malformed";

    public override string Name => kind switch
    {
        "Throttle" => "Amazon: 429 storm (Throttle)",
        "InternalError" => "Amazon: 500 (InternalError)",
        "ServiceUnavailable" => "Amazon: 503 (ServiceUnavailable)",
        "ConnectionLost" => "Amazon: acted, connection lost",
        "LateAnswer" => "Amazon: acted, answer late",
        _ => $"Amazon: {kind}",
    };

    public override TimeSpan Expected(ChaosSettings settings) => settings.AmazonQuietAfter * 3 + (delay?.Invoke(settings) ?? TimeSpan.Zero) * 3;

    public override async Task<FaultOutcome> RunAsync(ChaosContext context, CancellationToken cancellationToken)
    {
        var startedAt = DateTimeOffset.UtcNow;
        var count = countPerOperation(context.Settings);
        var delayMilliseconds = (int)(delay?.Invoke(context.Settings).TotalMilliseconds ?? 0);
        foreach (var operation in Operations)
        {
            await context.Client.SimulatorAsync(HttpMethod.Post, "simulator/faults",
                new { operation, kind, count, delayMilliseconds }, cancellationToken);
        }

        // Armed last, so that getOrder's fault waits already when the import problem it makes is retried; it strikes
        // once the getOrderItems faults before it are used up.
        await context.Client.SimulatorAsync(HttpMethod.Post, "simulator/faults",
            new { operation = UnreadableOperation, kind = UnreadableKind, count = 1 }, cancellationToken);

        // While the fault is armed, every seller cancel goes to Amazon at once, and new orders come in.
        var released = context.Run.ReleaseHeldCancels(holdMore: false);
        context.Run.ReleaseKeptOrders(context.Settings.OrdersPerAmazonFault);
        var quietAfter = context.Settings.AmazonQuietAfter + (delay?.Invoke(context.Settings) ?? TimeSpan.Zero);
        var strikes = FaultStrikes.From(Operations, count, await ArmedAsync(context, cancellationToken));
        var lastChange = DateTimeOffset.UtcNow;
        var giveUpAt = DateTimeOffset.UtcNow + context.Settings.AmazonFaultLimit;
        while (!strikes.IsOver(DateTimeOffset.UtcNow - lastChange, quietAfter) && DateTimeOffset.UtcNow < giveUpAt)
        {
            await Task.Delay(250, cancellationToken);
            var now = FaultStrikes.From(Operations, count, await ArmedAsync(context, cancellationToken));
            if (now.Total != strikes.Total)
            {
                lastChange = DateTimeOffset.UtcNow;
            }

            strikes = now;
        }

        await context.Client.SimulatorAsync(HttpMethod.Delete, "simulator/faults", null, cancellationToken);
        context.Run.HoldCancels();
        return new FaultOutcome(startedAt, DateTimeOffset.UtcNow,
            $"{count} armed on each of {Operations.Count} operations ({released} held seller cancels and " +
            $"{context.Settings.OrdersPerAmazonFault} kept orders sent now); {strikes.Describe()}")
        {
            NeverStruck = strikes.NeverStruck,
        };
    }

    private async Task<IReadOnlyList<(string Operation, string Kind, int Remaining)>> ArmedAsync(
        ChaosContext context, CancellationToken cancellationToken)
    {
        using var armed = await context.Client.SimulatorJsonAsync("simulator/faults", cancellationToken);
        return [.. armed.RootElement.GetProperty("faults").EnumerateArray()
            .Select(fault => (fault.GetProperty("operation").GetString()!, fault.GetProperty("kind").GetString()!,
                fault.GetProperty("remaining").GetInt32()))
            .Where(fault => fault.Item2 == kind)];
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
