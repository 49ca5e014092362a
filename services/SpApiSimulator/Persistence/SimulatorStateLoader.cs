using System.Text.Json;
using Fulfillment.SpApiSimulator.Access;
using Fulfillment.SpApiSimulator.Clock;
using Fulfillment.SpApiSimulator.FeedsApi;
using Fulfillment.SpApiSimulator.Orders;

namespace Fulfillment.SpApiSimulator.Persistence;

/// <summary>
/// Reads Amazon's side back from the simulator's database before the first request is served, so that a restart
/// (`down` then `up`) leaves orders, confirmations, feeds, tokens and the clock as they were.
/// </summary>
public sealed class SimulatorStateLoader(
    SimulatorStateDatabase database,
    OrderBook orders,
    AmazonIds ids,
    FeedStore feeds,
    IssuedTokens tokens,
    SimulatorClock clock,
    ILogger<SimulatorStateLoader> logger)
{
    public async Task LoadAsync(CancellationToken cancellationToken)
    {
        if (!database.IsConfigured)
        {
            logger.LogWarning("No database (ConnectionStrings:Postgres): Amazon's side lives in memory and is gone at the next start");
            return;
        }

        var rows = await database.LoadAsync(cancellationToken);
        foreach (var (kind, id, json) in rows)
        {
            switch (kind)
            {
                case OrderBook.StateKind:
                    var order = Read<SimulatedOrder>(json);
                    orders.Restore(order);
                    ids.Remember(order.AmazonOrderId);
                    foreach (var item in order.Items)
                    {
                        ids.Remember(item.OrderItemId);
                    }

                    break;
                case FeedStore.FeedKind:
                    feeds.Restore(Read<Feed>(json));
                    break;
                case FeedStore.DocumentKind:
                    feeds.Restore(Read<FeedDocument>(json));
                    break;
                case IssuedTokens.StateKind:
                    tokens.Restore(id, Read<AccessGrant>(json));
                    break;
                case SimulatorClock.StateKind when id == SimulatorClock.OffsetId:
                    clock.Restore(Read<TimeSpan>(json));
                    break;
            }
        }

        logger.LogInformation(
            "Amazon's side read back from the database: {Orders} orders, clock {Offset} ahead of the system's",
            rows.Count(row => row.Kind == OrderBook.StateKind), clock.Offset);
    }

    private static T Read<T>(string json) =>
        JsonSerializer.Deserialize<T>(json, SimulatorStateWriter.Json)
        ?? throw new InvalidOperationException($"A stored {typeof(T).Name} of the simulator reads as null.");
}
