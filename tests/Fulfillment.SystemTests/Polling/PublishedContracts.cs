using System.Collections.Concurrent;
using Fulfillment.Contracts.AmazonOrders;
using MassTransit;

namespace Fulfillment.SystemTests.Polling;

/// <summary>
/// Counts every order contract OrderImport publishes, per Amazon order, from a queue of the test's own bound like
/// a consumer's: what each downstream service would receive.
/// </summary>
public sealed class PublishedContracts
{
    private readonly ConcurrentDictionary<(string Contract, string AmazonOrderId), int> _counts = new();
    private readonly ConcurrentDictionary<string, object> _last = new();

    public async Task ListenAsync(IBusControl bus)
    {
        var handle = bus.ConnectReceiveEndpoint("test-order-contracts-audit", endpoint =>
        {
            endpoint.Handler<OrderPending>(context => Count(context.Message.AmazonOrderId, context.Message));
            endpoint.Handler<OrderUnshipped>(context => Count(context.Message.AmazonOrderId, context.Message));
            endpoint.Handler<OrderShipped>(context => Count(context.Message.AmazonOrderId, context.Message));
            endpoint.Handler<OrderCanceled>(context => Count(context.Message.AmazonOrderId, context.Message));
        });
        await handle.Ready;
    }

    public int CountOf<TContract>(string amazonOrderId) =>
        _counts.GetValueOrDefault((typeof(TContract).Name, amazonOrderId));

    public TContract? Last<TContract>(string amazonOrderId) where TContract : class =>
        _last.GetValueOrDefault($"{typeof(TContract).Name}/{amazonOrderId}") as TContract;

    private Task Count<TContract>(string amazonOrderId, TContract message) where TContract : class
    {
        _counts.AddOrUpdate((typeof(TContract).Name, amazonOrderId), 1, (_, count) => count + 1);
        _last[$"{typeof(TContract).Name}/{amazonOrderId}"] = message;
        return Task.CompletedTask;
    }
}
