using System.Collections.Concurrent;
using Fulfillment.Contracts.AmazonOrders;
using MassTransit;

namespace Fulfillment.SystemTests.Polling;

/// <summary>
/// Records every order contract OrderImport publishes, per Amazon order, from a queue of the test's own bound like
/// a consumer's: what each downstream service would receive. Delivery is at least once, so a fact counts once per
/// distinct message id (a redelivery repeats the id, which is how consumers recognise it).
/// </summary>
public sealed class PublishedContracts
{
    private readonly ConcurrentDictionary<(string Contract, string AmazonOrderId), ConcurrentDictionary<Guid, int>> _messages = new();
    private readonly ConcurrentDictionary<(string Contract, string AmazonOrderId), object> _last = new();

    public async Task ListenAsync(IBusControl bus)
    {
        var handle = bus.ConnectReceiveEndpoint("test-order-contracts-audit", endpoint =>
        {
            endpoint.Handler<OrderPending>(context => Record(context, context.Message.AmazonOrderId));
            endpoint.Handler<OrderUnshipped>(context => Record(context, context.Message.AmazonOrderId));
            endpoint.Handler<OrderShipped>(context => Record(context, context.Message.AmazonOrderId));
            endpoint.Handler<OrderCanceled>(context => Record(context, context.Message.AmazonOrderId));
        });
        await handle.Ready;
    }

    /// <summary>How many distinct facts of this contract were published for the order.</summary>
    public int CountOf<TContract>(string amazonOrderId) =>
        _messages.TryGetValue((typeof(TContract).Name, amazonOrderId), out var ids) ? ids.Count : 0;

    public TContract? Last<TContract>(string amazonOrderId) where TContract : class =>
        _last.GetValueOrDefault((typeof(TContract).Name, amazonOrderId)) as TContract;

    private Task Record<TContract>(ConsumeContext<TContract> context, string amazonOrderId) where TContract : class
    {
        var key = (typeof(TContract).Name, amazonOrderId);
        var ids = _messages.GetOrAdd(key, _ => new ConcurrentDictionary<Guid, int>());
        ids.AddOrUpdate(context.MessageId ?? Guid.Empty, 1, (_, count) => count + 1);
        _last[key] = context.Message;
        return Task.CompletedTask;
    }
}
