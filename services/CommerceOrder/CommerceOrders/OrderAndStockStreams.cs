using Fulfillment.CommerceOrder.Catalog;
using Marten;
using JasperFx.Events;

namespace Fulfillment.CommerceOrder.CommerceOrders;

/// <summary>
/// An order's stream and the streams of the products its decision reads, fetched for writing so that the decision
/// is appended in one transaction. The order and its products are locked as they are read (the order, then the
/// products in SKU order, so two orders never wait for each other in a circle): orders of a best-selling SKU take
/// its stock one after the other instead of failing on each other's appends, and two orders can never both take the
/// same last unit.
/// </summary>
public sealed class OrderAndStockStreams
{
    private readonly IDocumentSession _session;
    private readonly IEventStream<CommerceOrderProcess> _order;
    private readonly Dictionary<string, IEventStream<Product>> _products;

    private OrderAndStockStreams(
        IDocumentSession session, IEventStream<CommerceOrderProcess> order, Dictionary<string, IEventStream<Product>> products)
    {
        _session = session;
        _order = order;
        _products = products;
    }

    public CommerceOrderProcess? Order => _order.Aggregate;

    public IReadOnlyDictionary<string, Product?> Products =>
        _products.ToDictionary(product => product.Key, product => product.Value.Aggregate);

    /// <param name="moreSkus">SKUs to read beside the order's own lines (e.g. those of the message being handled).</param>
    public static async Task<OrderAndStockStreams> FetchAsync(
        IDocumentSession session, string amazonOrderId, IEnumerable<string> moreSkus, CancellationToken cancellationToken)
    {
        // The order first, then its products in SKU order: every writer of both takes its locks in this order, so
        // none waits for another in a circle. Messages about the same order (a redelivery, Amazon's Shipped or
        // Canceled arriving while the order is placed) then decide one after the other instead of failing on each
        // other's appends with "expected version N but was -1" and retrying.
        var order = await session.Events.FetchForExclusiveWriting<CommerceOrderProcess>(amazonOrderId, cancellationToken);
        var skus = (order.Aggregate?.Lines.Select(line => line.SellerSku) ?? [])
            .Concat(moreSkus)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal);
        var products = new Dictionary<string, IEventStream<Product>>(StringComparer.Ordinal);
        foreach (var sku in skus)
        {
            products[sku] = await session.Events.FetchForExclusiveWriting<Product>(sku, cancellationToken);
        }

        return new OrderAndStockStreams(session, order, products);
    }

    /// <summary>Appends stock events to their product's stream and the rest to the order's, then commits; false when there was nothing to do.</summary>
    public async Task<bool> AppendAndSaveAsync(
        IReadOnlyList<object> events, string? causationId, CancellationToken cancellationToken)
    {
        if (events.Count == 0)
        {
            return false;
        }

        foreach (var @event in events)
        {
            if (@event is IStockEvent stock)
            {
                _products[stock.Sku].AppendOne(@event);
            }
            else
            {
                _order.AppendOne(@event);
            }
        }

        _session.CausationId = causationId;
        await _session.SaveChangesAsync(cancellationToken);
        return true;
    }
}
