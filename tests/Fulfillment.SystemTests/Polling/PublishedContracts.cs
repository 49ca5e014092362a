using System.Collections.Concurrent;
using Fulfillment.Contracts.AmazonOrders;
using MassTransit;

namespace Fulfillment.SystemTests.Polling;

/// <summary>
/// Records the contracts a service publishes (by default every order contract of OrderImport), per Amazon order, from
/// a queue of the test's own bound like a consumer's: what each downstream service would receive. Delivery is at least once, so a fact counts once per
/// distinct message id (a redelivery repeats the id, which is how consumers recognise it).
/// </summary>
public sealed class PublishedContracts
{
    private readonly ConcurrentDictionary<(string Contract, string AmazonOrderId), ConcurrentDictionary<Guid, int>> _messages = new();
    private readonly ConcurrentDictionary<(string Contract, string AmazonOrderId), object> _last = new();

    public Task ListenAsync(IBusControl bus) => ListenAsync(bus, "test-order-contracts-audit", endpoint =>
    {
        Record<OrderPending>(endpoint, message => message.AmazonOrderId);
        Record<OrderUnshipped>(endpoint, message => message.AmazonOrderId);
        Record<OrderShipped>(endpoint, message => message.AmazonOrderId);
        Record<OrderCanceled>(endpoint, message => message.AmazonOrderId);
    });

    /// <param name="record">Which contracts to record, with <see cref="Record{TContract}"/>.</param>
    public async Task ListenAsync(IBusControl bus, string queue, Action<IReceiveEndpointConfigurator> record)
    {
        var handle = bus.ConnectReceiveEndpoint(queue, record);
        await handle.Ready;
    }

    public void Record<TContract>(IReceiveEndpointConfigurator endpoint, Func<TContract, string> amazonOrderIdOf)
        where TContract : class =>
        endpoint.Handler<TContract>(context => Record(context, amazonOrderIdOf(context.Message)));

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
